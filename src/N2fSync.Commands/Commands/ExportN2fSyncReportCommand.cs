using System.Management.Automation;
using N2fSync.Commands.Errors;
using N2fSync.Commands.Completers;
using N2fSync.Commands.Hosting;
using N2fSync.Reports;
using N2fSync.Store;

namespace N2fSync.Commands.Commands;

/// <summary>
/// <para type="synopsis">Writes one run as a report: JSON (run, changes, data-quality issues, metrics), CSV (one line per change) or a self-contained HTML page to mail.</para>
/// <para type="description">The format follows the file's extension (.json, .csv, .html) unless -Format says otherwise.
/// The HTML page lists failures first, then held deletes, rows not sent, the per-field changes, the data-quality
/// issues to fix in Agresso and the run's metrics; it needs no external file.</para>
/// </summary>
[Cmdlet(VerbsData.Export, "N2fSyncReport", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(FileInfo))]
public sealed class ExportN2fSyncReportCommand : N2fCmdlet
{
    private SyncStore? _store;
    private string? _written;

    /// <summary>The run, e.g. from Get-N2fSyncRun -Last 1 (its Id) or a Sync-N2fScope result (its RunId).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
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

    /// <summary>Return the file written.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void BeginProcessing()
    {
        _store = OpenStore(LoadConfig(readsSource: false), out _);
        if (_store is not null) Own(_store);
    }

    protected override void ProcessRecord()
    {
        var path = GetUnresolvedProviderPathFromPSPath(Path);
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
        try
        {
            using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read))
                report.Write(file, format);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            WriteError(ErrorRecordFactory.ReportWriteFailed(e, path));
            return;
        }
        _written = RunId;
        if (PassThru) WriteObject(new FileInfo(path));
    }
}
