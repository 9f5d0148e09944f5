using System.Text;

namespace N2fSync.Store.History;

/// <summary>
/// A PowerShell wildcard (* ? [abc], ` as escape) as an SQLite GLOB pattern over lower-cased keys, so filtering a year
/// of journal rows happens in SQLite rather than in memory. GLOB shares the wildcard syntax; only the escape differs.
/// </summary>
internal static class KeyPattern
{
    public static string ToGlob(string wildcard)
    {
        var glob = new StringBuilder(wildcard.Length + 8);
        for (var i = 0; i < wildcard.Length; i++)
        {
            var c = char.ToLowerInvariant(wildcard[i]);
            if (c == '`' && i + 1 < wildcard.Length)
            {
                var escaped = char.ToLowerInvariant(wildcard[++i]);
                // GLOB has no escape character: a one-character class matches the character itself.
                glob.Append(escaped is '*' or '?' or '[' ? $"[{escaped}]" : escaped == ']' ? "]" : escaped.ToString());
            }
            else
            {
                glob.Append(c);
            }
        }
        return glob.ToString();
    }
}
