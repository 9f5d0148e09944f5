using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using N2fSync.Mapping;
using N2fSync.Output;

namespace N2fSync.Sync;

/// <summary>
/// The body of one write, field by field in send order: strings, booleans, nulls and names lists only.
/// A dictionary so PowerShell shows it as one and scripts can read <c>$change.Payload.mail</c>.
/// </summary>
public sealed class N2fPayload : Dictionary<string, object?>
{
    public N2fPayload() : base(StringComparer.Ordinal) { }

    /// <summary>The payload as N2F receives it: what Export-Csv writes for a change's Payload.</summary>
    public override string ToString() => ToJson();

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

    /// <summary>
    /// The payload of <see cref="ToJson"/> read back (a plan exported with Export-Csv carries its payloads so): strings,
    /// booleans, nulls and names lists; a number is kept as its text, as every payload field is text.
    /// </summary>
    public static N2fPayload FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var payload = new N2fPayload();
        foreach (var property in document.RootElement.EnumerateObject())
            payload[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Null => null,
                JsonValueKind.Array => property.Value.EnumerateArray()
                    .Select(n => new CultureName(Text(n, "culture"), Text(n, "value"))).ToList(),
                _ => property.Value.GetRawText(),
            };
        return payload;
    }

    private static string Text(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";

    /// <summary>SHA-256 of the JSON, to recognize a payload already sent or already rejected (decisions.md §15).</summary>
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
            default: writer.WriteString(name, ValueText.Display(value)); break;
        }
    }
}
