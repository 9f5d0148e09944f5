using System.Text;

namespace N2fSync.Normalization;

/// <summary>Text rules shared by both sides of every comparison (decisions.md §5–§6).</summary>
internal static class Text
{
    // The earlier tool read the views through pandas, whose empty cells came back as 'nan' or 'None'.
    private static readonly HashSet<string> EmptyMarkers = new(StringComparer.OrdinalIgnoreCase) { "nan", "none" };

    /// <summary>Trimmed, NFC-normalized, with empty markers turned into "". Never null; an already clean value is returned as is.</summary>
    public static string Clean(string? value)
    {
        if (value is null) return "";
        var trimmed = value.Trim();
        if (trimmed.Length == 0 || (trimmed.Length is 3 or 4 && EmptyMarkers.Contains(trimmed))) return "";
        // Asking ICU whether a string is normalized costs more than the rest of a row's normalization.
        return IsSurelyNfc(trimmed) || trimmed.IsNormalized(NormalizationForm.FormC) ? trimmed : trimmed.Normalize(NormalizationForm.FormC);
    }

    public static string CleanEmail(string? value) => Clean(value).ToLowerInvariant();

    /// <summary>
    /// Deliberately simple: N2F's own validation is the authority; this catches what is clearly not an address. The
    /// same test as <c>^[^@\s]+@[^@\s]+\.[^@\s]+$</c> (one @, no white space, a dot inside the domain), without a
    /// regular expression on every e-mail of every row.
    /// </summary>
    public static bool IsValidEmail(string cleaned)
    {
        // The pattern's $ also matched before one final line feed.
        var length = cleaned.Length > 0 && cleaned[cleaned.Length - 1] == '\n' ? cleaned.Length - 1 : cleaned.Length;
        var at = -1;
        for (var i = 0; i < length; i++)
        {
            var c = cleaned[i];
            if (char.IsWhiteSpace(c)) return false;
            if (c != '@') continue;
            if (at >= 0) return false;
            at = i;
        }
        if (at < 1) return false;
        for (var i = at + 2; i < length - 1; i++)
            if (cleaned[i] == '.') return true;
        return false;
    }

    public static string OrDefault(string cleaned, string fallback) => cleaned.Length == 0 ? fallback : cleaned;

    /// <summary>
    /// Below U+0300 every character is its own NFC form with combining class 0 (combining marks start at U+0300) and
    /// no two of them compose, so a string of them is NFC; so is French typography (’ ‘ “ ” – — … €). Checked
    /// against Python's unicodedata for every character and every pair.
    /// </summary>
    private static bool IsSurelyNfc(string text)
    {
        foreach (var c in text)
            if (c >= '\u0300' && c is not ('\u2013' or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026' or '\u20AC'))
                return false;
        return true;
    }
}
