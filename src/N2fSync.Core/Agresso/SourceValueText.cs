using System.Globalization;

namespace N2fSync.Agresso;

/// <summary>
/// Turns a database value into the text a <see cref="SourceRow"/> holds. Every provider hands normalization the same
/// text whatever the column type or the machine's culture, so a SQL Server <c>date</c>, a SQLite TEXT and a CSV cell
/// holding the same day compare equal.
/// </summary>
internal static class SourceValueText
{
    public static string? From(object? value) => value switch
    {
        null or DBNull => null,
        string s => s,
        // A date column arrives as a DateTime at midnight: write it as a day, which is what the views mean.
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)
                      + (d.Kind == DateTimeKind.Utc ? "Z" : ""),
        DateTimeOffset o => o.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Guid g => g.ToString("D"),
        char c => c.ToString(),
        // Numbers (and any other formattable value) in the invariant culture: 8.5, never 8,5.
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        // A binary or structured column where the view should hold text: sending its bytes as text would be garbage.
        byte[] bytes => throw new FormatException($"a binary value ({bytes.Length} bytes) where the view should hold text, a number or a date."),
        _ => throw new FormatException($"a value of type {value.GetType().Name} where the view should hold text, a number or a date."),
    };
}
