using N2fSync.Agresso;
using N2fSync.Store.History;
using N2fSync.Store;
using N2fSync.Sync.Apply;

namespace N2fSync.Reports;

/// <summary>Formats a run can be exported in.</summary>
public enum ReportFormat { Json, Csv, Html }

/// <summary>
/// One run from the store, ready to render: its record (counts, completeness, metrics), its data-quality issues, and
/// its per-row outcomes, streamed from the store in groups so failures can come first without holding every row.
/// </summary>
public sealed class RunReport
{
    /// <summary>Outcome groups in report order: what needs attention first, then what was left unsent, then what went through.</summary>
    internal static readonly IReadOnlyList<(string Title, SyncOutcome[] Outcomes)> Groups =
    [
        ("Failures", [SyncOutcome.Failed, SyncOutcome.DependencyFailed, SyncOutcome.Unknown]),
        ("Held deletes", [SyncOutcome.Held]),
        ("Refused by the write gate", [SyncOutcome.Refused]),
        ("Not sent", [SyncOutcome.Skipped]),
        ("Changes written", [SyncOutcome.Created, SyncOutcome.Updated, SyncOutcome.Deleted]),
    ];

    private readonly SyncStore _store;

    private RunReport(SyncStore store, SyncRunRecord run, IReadOnlyList<DataIssue> issues)
    {
        _store = store;
        Run = run;
        DataIssues = issues;
    }

    public SyncRunRecord Run { get; }
    public IReadOnlyList<DataIssue> DataIssues { get; }

    /// <summary>The run of that id, or null when the store has none.</summary>
    public static RunReport? Load(SyncStore store, string runId)
    {
        var run = store.History.Runs(new RunQuery { Ids = [runId] }).FirstOrDefault();
        return run is null ? null : new RunReport(store, run, store.DataIssues(runId));
    }

    /// <summary>Every per-row outcome of the run, in the order they happened.</summary>
    public void ForEachChange(Action<SyncChangeRecord> onChange) =>
        _store.History.Changes(new ChangeQuery { RunIds = [Run.Id] }, onChange);

    /// <summary>The per-row outcomes with one of <paramref name="outcomes"/>, in the order they happened.</summary>
    public void ForEachChange(IReadOnlyCollection<SyncOutcome> outcomes, Action<SyncChangeRecord> onChange) =>
        _store.History.Changes(new ChangeQuery { RunIds = [Run.Id], Outcomes = outcomes }, onChange);

    /// <summary>Writes the report; the caller owns <paramref name="output"/>.</summary>
    public void Write(Stream output, ReportFormat format)
    {
        switch (format)
        {
            case ReportFormat.Json: JsonReportWriter.Write(this, output); break;
            case ReportFormat.Csv: CsvReportWriter.Write(this, output); break;
            default: new HtmlReportWriter().Write(this, output); break;
        }
    }

    /// <summary>The format a file name asks for (.json, .csv, .htm/.html), or null when the extension says nothing.</summary>
    public static ReportFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => ReportFormat.Json,
        ".csv" => ReportFormat.Csv,
        ".html" or ".htm" => ReportFormat.Html,
        _ => null,
    };
}
