using System.Globalization;
using System.Text.RegularExpressions;
using N2fSync.Normalization;

namespace N2fSync.Agresso.Normalization;

/// <summary>
/// Validity dates of axis values are calendar days (domain.md §4.2, decisions.md §9). Agresso writes them ISO or day-first;
/// N2F answers them as instants in whatever offset it likes. Both sides are read as the day written, never converted
/// through a time zone, so <c>2026-01-01T01:00:00+01:00</c> stays 1 January.
/// </summary>
internal static class ValidityDate
{
    /// <summary>Agresso's "no end": the same as no date at all, on both sides.</summary>
    public static readonly DateTime NoEnd = new(2099, 12, 31);

    // yyyy-MM-dd, optionally followed by a time (T or space) with optional fraction and offset.
    private static readonly Regex Iso = new(
        @"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$",
        RegexOptions.CultureInvariant);

    // dd/MM/yyyy (or - and . separators), optionally with a time. Always day-first: a Belgian export is, and reading
    // 12/31/2026 month-first would make every 01/02/2026 in the same file silently mean 2 January.
    private static readonly Regex DayFirst = new(
        @"^(?<d>\d{1,2})(?<sep>[/.-])(?<m>\d{1,2})\k<sep>(?<y>\d{4})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Reads a source date: empty is no date, 2099-12-31 is no date; false when the text is not a date at all.
    /// </summary>
    public static bool TryParse(string? raw, out DateTime? date)
    {
        date = null;
        var text = Text.Clean(raw);
        if (text.Length == 0) return true;
        var match = Iso.Match(text);
        if (!match.Success) match = DayFirst.Match(text);
        if (!match.Success || !TryDay(match, out var day)) return false;
        date = day == NoEnd ? null : day;
        return true;
    }

    /// <summary>
    /// The calendar day of a date N2F answered, as written in its text (date part before any time and offset);
    /// null for no date or 2099-12-31. False when N2F answered something that is not a date.
    /// </summary>
    public static bool TryParseN2f(string? answered, out DateTime? date) => TryParse(answered, out date);

    /// <summary>The form N2F is sent: midnight UTC of the day (domain.md §4.2).</summary>
    public static string? ToPayload(DateTime? day) =>
        day?.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture);

    /// <summary>The day as people read it in differences and tables.</summary>
    public static string? ToDayText(DateTime? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDay(Match match, out DateTime day)
    {
        day = default;
        var y = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var m = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        day = new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }
}
