using System.Text;
using System.Text.RegularExpressions;

namespace N2fSync.Agresso.Normalization;

/// <summary>Text rules shared by both sides of every comparison (decisions 5–6).</summary>
internal static class Text
{
    // The earlier tool read the views through pandas, whose empty cells came back as 'nan' or 'None'.
    private static readonly HashSet<string> EmptyMarkers = new(StringComparer.OrdinalIgnoreCase) { "nan", "none" };

    // Deliberately simple: N2F's own validation is the authority; this catches what is clearly not an address.
    private static readonly Regex EmailPattern = new(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant);

    /// <summary>Trimmed, NFC-normalized, with empty markers turned into "". Never null.</summary>
    public static string Clean(string? value)
    {
        if (value is null) return "";
        var trimmed = value.Trim();
        if (trimmed.Length == 0 || EmptyMarkers.Contains(trimmed)) return "";
        return trimmed.IsNormalized(NormalizationForm.FormC) ? trimmed : trimmed.Normalize(NormalizationForm.FormC);
    }

    public static string CleanEmail(string? value) => Clean(value).ToLowerInvariant();

    public static bool IsValidEmail(string cleaned) => EmailPattern.IsMatch(cleaned);

    public static string OrDefault(string cleaned, string fallback) => cleaned.Length == 0 ? fallback : cleaned;
}
