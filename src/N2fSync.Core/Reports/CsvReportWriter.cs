using System.Globalization;
using System.Text;
using N2fSync.Store;
using N2fSync.Sync;

namespace N2fSync.Reports;

/// <summary>A run as CSV, one line per change, the differences in one column ("field: 'N2F' → 'Agresso'; …").</summary>
internal static class CsvReportWriter
{
    private static readonly string[] Header =
        ["RunId", "At", "Scope", "Company", "Key", "Action", "Outcome", "Sent", "StatusCode", "Message", "Row", "Differences"];

    public static void Write(RunReport report, Stream output)
    {
        // A BOM, so Excel reads accents right; a comma, the RFC 4180 default.
        using var writer = new StreamWriter(output, new UTF8Encoding(true), 65536, leaveOpen: true);
        writer.WriteLine(string.Join(",", Header));
        report.ForEachChange(change => writer.WriteLine(string.Join(",", Fields(change).Select(Quote))));
    }

    private static IEnumerable<string?> Fields(SyncChangeRecord c) =>
    [
        c.RunId, c.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), c.Scope, c.Company, c.Key,
        c.Action.ToString(), c.Outcome.ToString(), c.Sent ? "true" : "false",
        c.StatusCode?.ToString(CultureInfo.InvariantCulture), c.Message, c.RowNumber?.ToString(CultureInfo.InvariantCulture),
        string.Join("; ", c.Differences.Select(d => $"{d.Field}: '{DifferencesJson.Display(d.N2fValue)}' → '{DifferencesJson.Display(d.AgressoValue)}'")),
    ];

    internal static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var text = Neutralize(value!);
        return text.IndexOfAny([',', '"', '\r', '\n', ';']) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
    }

    /// <summary>
    /// A cell Excel or LibreOffice would read as a formula (=, +, -, @, or a tab or carriage return before one) gets a
    /// leading apostrophe, as OWASP advises against CSV injection: keys and messages come from Agresso and N2F, so a
    /// value like <c>=HYPERLINK(...)</c> must open as text. Every other cell is written exactly.
    /// </summary>
    internal static string Neutralize(string value) =>
        value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
