using System.Globalization;
using N2fSync.Normalization;

namespace N2fSync.Agresso.Normalization;

/// <summary>Agresso flags arrive as 0/1, true/false, yes/no, y/n, on/off or empty (decisions.md §7).</summary>
internal static class Flag
{
    private static readonly HashSet<string> True = new(StringComparer.OrdinalIgnoreCase) { "1", "true", "yes", "y", "on" };
    private static readonly HashSet<string> False = new(StringComparer.OrdinalIgnoreCase) { "0", "false", "no", "n", "off", "" };

    /// <summary>Parses a flag; false when the text is not a flag at all (a data-quality error for the caller).</summary>
    public static bool TryParse(string? raw, out bool value)
    {
        var text = Text.Clean(raw);
        if (True.Contains(text)) { value = true; return true; }
        if (False.Contains(text)) { value = false; return true; }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            value = number != 0;
            return true;
        }
        value = false;
        return false;
    }

    /// <summary>Reads N2F's answer for a boolean field: JSON booleans, or the same spellings as the source.</summary>
    public static bool FromN2f(object? value) => value switch
    {
        null => false,
        bool b => b,
        _ => TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), out var parsed) && parsed,
    };
}
