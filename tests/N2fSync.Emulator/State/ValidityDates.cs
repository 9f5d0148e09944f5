using System.Globalization;

namespace N2fSync.Emulator;

/// <summary>Reads validity dates as calendar days and writes them in the configured <see cref="DateStyle"/>.</summary>
internal static class ValidityDates
{
    private static readonly TimeZoneInfo Paris = FindParis();

    /// <summary>
    /// Accepts <c>2026-01-01</c> or an ISO date-time with or without offset; the day is the one written, so
    /// <c>2026-01-01T01:00:00+01:00</c> is 1 January whatever the offset.
    /// </summary>
    public static bool TryParse(string text, out DateOnly date)
    {
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        // Insist on the ISO shape: the invariant culture would otherwise read 12/31/2026 month-first.
        if (text.Length > 10 && text[4] == '-' && text[7] == '-' && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            date = DateOnly.FromDateTime(instant.DateTime);
            return true;
        }

        return false;
    }

    public static string Format(DateOnly date, DateStyle style)
    {
        var midnightUtc = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return style switch
        {
            // Midnight UTC seen from Paris is 01:00 or 02:00 the same day: the shape N2F has been seen to answer.
            DateStyle.ParisOffset => TimeZoneInfo.ConvertTime(midnightUtc, Paris).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            _ => midnightUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
    }

    private static TimeZoneInfo FindParis()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Without tz data, a fixed +01:00 still gives "same calendar day, non-zero offset", which is what matters.
            return TimeZoneInfo.CreateCustomTimeZone("Europe/Paris", TimeSpan.FromHours(1), "Paris", "Paris");
        }
    }
}
