using System.Globalization;
using System.Text.RegularExpressions;
using System.Text;

namespace N2fSync.N2f.Http;

/// <summary>Removes known secrets (client secret, token) from any text before it leaves the client.</summary>
internal sealed class Redactor
{
    private readonly List<(string Secret, Regex Escaped)> _secrets = [];
    private readonly object _lock = new();

    public void Add(string? secret)
    {
        // Very short values would blank out ordinary words; real secrets and tokens are long.
        if (string.IsNullOrEmpty(secret) || secret!.Length < 4) return;
        lock (_lock)
            if (!_secrets.Any(s => s.Secret == secret)) _secrets.Add((secret, new Regex(JsonEscapedPattern(secret), RegexOptions.CultureInvariant)));
    }

    public string Apply(string text)
    {
        lock (_lock)
            foreach (var (secret, escaped) in _secrets)
            {
                text = text.Replace(secret, "***");
                // A JSON body may quote the secret escaped (\u002B for '+', \/ for '/'), which decoding turns back into it.
                if (text.IndexOf('\\') >= 0) text = escaped.Replace(text, "***");
            }
        return text;
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
