using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using N2fSync.Mapping;

namespace N2fSync.Sync;

/// <summary>
/// The body of one write, field by field in send order: strings, booleans, nulls and names lists only.
/// A dictionary so PowerShell shows it as one and scripts can read <c>$change.Payload.mail</c>.
/// </summary>
public sealed class N2fPayload : Dictionary<string, object?>
{
    public N2fPayload() : base(StringComparer.Ordinal) { }

    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var pair in this) WriteValue(writer, pair.Key, pair.Value);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>SHA-256 of the JSON, to recognize a payload already sent or already rejected (decisions 15).</summary>
    public string Hash()
    {
        using var sha = SHA256.Create();
        var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(ToJson()));
        return string.Concat(bytes.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    /// <summary>One payload value in N2F's JSON shape; also how the journal stores field differences.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNull(name); break;
            case bool b: writer.WriteBoolean(name, b); break;
            case string s: writer.WriteString(name, s); break;
            case IEnumerable<CultureName> names:
                writer.WriteStartArray(name);
                foreach (var n in names)
                {
                    writer.WriteStartObject();
                    writer.WriteString("culture", n.Culture);
                    writer.WriteString("value", n.Value);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                break;
            default: writer.WriteString(name, DifferencesJson.Display(value)); break;
        }
    }
}
