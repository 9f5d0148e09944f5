using System.Management.Automation;
using N2fSync.Commands.Errors;
using N2fSync.Commands.Completers;
using N2fSync.Commands.Hosting;
using N2fSync.Reports;
using N2fSync.Store;

namespace N2fSync.Commands.Commands;

/// <summary>
/// <para type="synopsis">Writes one run as a report (JSON, CSV or a self-contained HTML page to mail), or, with -History, the runs of a period as one HTML page with charts.</para>
/// <para type="description">The format follows the file's extension (.json, .csv, .html) unless -Format says otherwise.
/// The HTML page lists failures first, then held deletes, rows not sent, the per-field changes, the data-quality
/// issues to fix in Agresso and the run's metrics; it needs no external file.</para>
/// </summary>
[Cmdlet(VerbsData.Export, "N2fSyncReport", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low,
    DefaultParameterSetName = RunSet)]
[OutputType(typeof(FileInfo))]
public sealed class ExportN2fSyncReportCommand : N2fCmdlet
{
    private const string RunSet = "Run";
    private const string HistorySet = "History";
    /// <summary>Runs a history page shows when neither -Last nor -Since says: a month of nightly runs.</summary>
    private const int DefaultLast = 30;
    private SyncStore? _store;
    private string? _written;
    private Config.N2fSyncConfig? _config;

    /// <summary>The run, e.g. from Get-N2fSyncRun -Last 1 (its Id) or a Sync-N2fScope result (its RunId).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = RunSet)]
    [ArgumentCompleter(typeof(RunIdCompleter))]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    public string RunId { get; set; } = "";

    /// <summary>The file to write (overwritten when it exists).</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = "";

    [Parameter]
    public ReportFormat? Format { get; set; }

    /// <summary>Write the runs of a period as one HTML page with charts, instead of one run.</summary>
    [Parameter(Mandatory = true, ParameterSetName = HistorySet)]
    public SwitchParameter History { get; set; }

    /// <summary>The newest this many runs (default 30 when -Since is not given either).</summary>
    [Parameter(ParameterSetName = HistorySet)]
    [ValidateRange(1, 100000)]
    public int? Last { get; set; }

    /// <summary>Runs started at or after this time (UTC; a local time is converted).</summary>
    [Parameter(ParameterSetName = HistorySet)]
    public DateTime? Since { get; set; }

    /// <summary>Return the file written.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void BeginProcessing()
    {
        _config = LoadConfig(readsSource: false);
        _store = OpenStore(_config, out _);
        if (_store is not null) Own(_store);
    }

    protected override void ProcessRecord()
    {
        var path = GetUnresolvedProviderPathFromPSPath(Path);
        if (ParameterSetName == HistorySet)
        {
            WriteHistory(path);
            return;
        }
        if (_written is not null)
        {
            WriteError(ErrorRecordFactory.ReportPathTaken(path, RunId, _written));
            return;
        }
        if ((Format ?? RunReport.FormatOf(path)) is not { } format)
        {
            WriteError(ErrorRecordFactory.ReportFormatUnknown(path));
            return;
        }
        var report = _store is null ? null : RunReport.Load(_store, RunId);
        if (report is null)
        {
            WriteError(ErrorRecordFactory.RunNotFound(RunId));
            return;
        }
        if (!ShouldProcess(path, $"Write the {format} report of run {RunId}")) return;
        if (WriteFile(path, file => report.Write(file, format))) _written = RunId;
    }

    private void WriteHistory(string path)
    {
        if ((Format ?? RunReport.FormatOf(path)) is not ReportFormat.Html)
        {
            WriteError(ErrorRecordFactory.HistoryNotHtml(path));
            return;
        }
        var since = StoreAccess.Utc(Since);
        var last = Last ?? (since is null ? DefaultLast : null);
        var what = (last is { } n ? $"the last {n} runs" : "the runs") + (since is { } s ? $" since {s:yyyy-MM-dd HH:mm} UTC" : "");
        if (!ShouldProcess(path, $"Write the history of {what}")) return;
        // A configuration without a store yet has no run: the page says so.
        var history = HistoryReport.Load(_store, _config!, last, since, TimeProvider.System.GetUtcNow());
        WriteFile(path, history.Write);
    }

    private bool WriteFile(string path, Action<Stream> write)
    {
        try
        {
            using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read)) write(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            WriteError(ErrorRecordFactory.ReportWriteFailed(e, path));
            return false;
        }
        if (PassThru) WriteObject(new FileInfo(path));
        return true;
    }
}
