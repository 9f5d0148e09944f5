using N2fSync.Agresso;
using N2fSync.Config;

namespace N2fSync.Tests.Agresso;

/// <summary>
/// The CSV sample is an export of the SQLite sample: both sources must hand normalization the same rows. Row numbers
/// differ by design (file lines against the view's own order), so rows are compared by their values.
/// </summary>
public sealed class SampleEquivalenceTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(SampleFiles.UsersView)]
    [InlineData(SampleFiles.AnalyticsView)]
    public void Csv_and_sqlite_samples_give_the_same_rows(string viewName)
    {
        var options = new ViewOptions { View = viewName };
        var view = viewName == SampleFiles.UsersView ? AgressoQueries.ForUsers(options) : AgressoQueries.ForAnalytics(options);
        var csvFolder = Directory.CreateDirectory(_temp.File("csv")).FullName;
        File.Copy(Path.Combine(SampleFiles.Samples, "csv", viewName + ".csv"), Path.Combine(csvFolder, viewName + ".csv"));
        var csv = new CsvAgressoSource(csvFolder);

        var fromSqlite = new SqliteAgressoSource(_temp.CopySample("agresso-sample.db")).ReadRows(view, CancellationToken.None).ToList();
        var fromCsv = csv.ReadRows(view, CancellationToken.None).ToList();

        Assert.NotEmpty(fromSqlite);
        Assert.Equal(Flatten(fromSqlite), Flatten(fromCsv));
    }

    private static List<string> Flatten(IEnumerable<SourceRow> rows) =>
        rows.Select(r => string.Join(" | ", r.Values.Select(v => $"{v.Key}={v.Value ?? "<null>"}"))).OrderBy(s => s, StringComparer.Ordinal).ToList();
}
