using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text;

namespace N2fSync.N2f.Http;

/// <summary>Removes known secrets (client secret, token) from any text before it leaves the client.</summary>
internal sealed class Redactor
{
    private readonly List<(string Secret, Regex Escaped, byte[] Utf8)> _secrets = [];
    private readonly object _lock = new();

    public void Add(string? secret)
    {
        // Very short values would blank out ordinary words; real secrets and tokens are long.
        if (string.IsNullOrEmpty(secret) || secret!.Length < 4) return;
        lock (_lock)
            if (!_secrets.Any(s => s.Secret == secret)) _secrets.Add((secret, new Regex(JsonEscapedPattern(secret), RegexOptions.CultureInvariant),
                Encoding.UTF8.GetBytes(secret)));
    }

    public string Apply(string text)
    {
        lock (_lock)
            foreach (var (secret, escaped, _) in _secrets)
            {
                text = text.Replace(secret, "***");
                // A JSON body may quote the secret escaped (\u002B for '+', \/ for '/'), which decoding turns back into it.
                if (text.IndexOf('\\') >= 0) text = escaped.Replace(text, "***");
            }
        return text;
    }

    /// <summary>
    /// Whether a known secret appears in a JSON body, in any token, escaped or not, without making a string of the body:
    /// a page of users is checked where it lies, and only a body that holds a secret (or is not JSON) takes the text path.
    /// </summary>
    public bool AppearsIn(ReadOnlySpan<byte> json)
    {
        byte[][] secrets;
        lock (_lock) secrets = _secrets.Select(s => s.Utf8).ToArray();
        if (secrets.Length == 0) return false;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            while (reader.Read())
            {
                if (reader.ValueSpan.Length == 0) continue;
                if (reader.ValueIsEscaped ? HoldsUnescaped(ref reader, secrets) : Holds(reader.ValueSpan, secrets)) return true;
            }
            return false;
        }
        catch (JsonException)
        {
            return true;
        }
    }

    private static bool HoldsUnescaped(ref Utf8JsonReader reader, byte[][] secrets)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
        try
        {
            var length = reader.CopyString(buffer);
            return Holds(buffer.AsSpan(0, length), secrets);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool Holds(ReadOnlySpan<byte> value, byte[][] secrets)
    {
        foreach (var secret in secrets)
            if (value.IndexOf(secret) >= 0) return true;
        return false;
    }

    /// <summary>Matches the secret with any of its characters written as itself or as a JSON escape.</summary>
    private static string JsonEscapedPattern(string secret)
    {
        var pattern = new StringBuilder();
        foreach (var c in secret)
        {
            pattern.Append("(?:").Append(Regex.Escape(c.ToString())).Append(@"|\\u");
            foreach (var digit in ((int)c).ToString("x4", CultureInfo.InvariantCulture))
                pattern.Append(char.IsLetter(digit) ? $"[{digit}{char.ToUpperInvariant(digit)}]" : digit.ToString());
            var shortEscape = c switch
            {
                '"' => @"\\""", '\\' => @"\\\\", '/' => @"\\/", '\b' => @"\\b", '\f' => @"\\f", '\n' => @"\\n", '\r' => @"\\r",
                '\t' => @"\\t", _ => null,
            };
            if (shortEscape is not null) pattern.Append('|').Append(shortEscape);
            pattern.Append(')');
        }
        return pattern.ToString();
    }
}
