using System.Management.Automation;
using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.N2f;
using N2fSync.Sync;
using N2fSync.Sync.Apply;

namespace N2fSync.Commands.Errors;

/// <summary>
/// The one place core failures become ErrorRecords: a stable ErrorId, a category, the target object and a
/// recommended action, so scripts can filter on FullyQualifiedErrorId and admins know what to do next.
/// </summary>
internal static class ErrorRecordFactory
{
    public static ErrorRecord Config(ConfigException e, string path) => Record(e,
        !File.Exists(path) ? "ConfigNotFound" : "ConfigInvalid",
        !File.Exists(path) ? ErrorCategory.ObjectNotFound : ErrorCategory.InvalidData, path,
        File.Exists(path)
            ? $"Fix the listed keys in {path}; Test-N2fSyncConfig -ConfigPath '{path}' checks it again."
            : $"Create one with New-N2fSyncConfig -Path '{path}', or point -ConfigPath or $env:N2FSYNC_CONFIG at yours.");

    public static ErrorRecord CredentialsMissing(Exception e) => Record(e, "N2fCredentialsMissing",
        ErrorCategory.AuthenticationError, null,
        "Set N2F_CLIENT_ID and N2F_CLIENT_SECRET, or pass -Credential (user name = client id, password = client secret).");

    public static ErrorRecord Source(AgressoSourceException e, string scope) => Record(e, "AgressoSourceFailed",
        ErrorCategory.ReadError, scope, "Check source.* in the config and that the Agresso view can be read with these credentials.");

    public static ErrorRecord N2fApi(N2fApiException e, string scope) => Record(e, "N2fApiFailed",
        e.StatusCode is 401 or 403 ? ErrorCategory.AuthenticationError : ErrorCategory.ConnectionError, scope,
        e.StatusCode is 401 or 403
            ? "Check the N2F client id and secret (N2F_CLIENT_ID / N2F_CLIENT_SECRET or -Credential) and n2f.baseUrl."
            : "Check n2f.baseUrl and the network; the run can be started again, it resumes from a fresh diff.");

    public static ErrorRecord DataIssue(DataIssue issue, object target) => new(
        new InvalidDataException(issue.ToString()), "AgressoRow" + issue.Kind, ErrorCategory.InvalidData, target)
    {
        ErrorDetails = new ErrorDetails(issue.ToString())
        {
            RecommendedAction = issue.Kind == Agresso.DataIssueKind.UnknownAxis
                ? $"Create the axis in that N2F company, or correct axes.{issue.Scope}.axis in the config; the company's "
                  + "values are neither written nor deleted until then."
                : $"Fix {issue.Field} of {issue.Scope} row {issue.RowNumber} in Agresso; the row is not synced "
                  + "and its N2F object is left untouched until then.",
        },
    };

    public static ErrorRecord WriteFailed(SyncResult result, N2fChange change) => new(
        new InvalidOperationException($"{change.Action} {change.Target} failed"
            + (result.StatusCode is null ? "" : $" ({result.StatusCode})") + $": {result.Message}"),
        result.Outcome == SyncOutcome.DependencyFailed ? "SyncDependencyFailed" : "SyncWriteFailed",
        result.StatusCode is >= 400 and < 500 ? ErrorCategory.InvalidData : ErrorCategory.ConnectionError, change)
    {
        ErrorDetails = new ErrorDetails($"{change.Action} {change.Target} failed"
            + (result.StatusCode is null ? "" : $" ({result.StatusCode})") + $": {result.Message}")
        {
            RecommendedAction = result.Outcome == SyncOutcome.DependencyFailed
                ? "Fix the failure of the change it depends on; the next run sends both."
                : result.StatusCode is >= 400 and < 500
                    ? "N2F refused the data: fix the Agresso row; the change is sent again once its data changes."
                    : "Transient failure after retries: the next run sends it again.",
        },
    };

    public static ErrorRecord EmptySource(string scope) => new(
        new InvalidDataException($"The {scope} source returned no rows; nothing is deleted."), "EmptySource",
        ErrorCategory.InvalidData, scope)
    {
        ErrorDetails = new ErrorDetails($"The {scope} source returned no rows; nothing is deleted.")
        {
            RecommendedAction = "Check the view and the query in the config: an empty source never means 'delete everyone'.",
        },
    };

    public static ErrorRecord UnknownScope(ArgumentException e) => Record(e, "UnknownScope", ErrorCategory.InvalidArgument, null,
        "Use one of the scopes of the config (Tab completes them), or 'all'.");

    public static ErrorRecord NoScope() => Record(
        new ArgumentException("Compare-N2fPayload got no input and no -Scope: there is nothing to compare."),
        "ScopeRequired", ErrorCategory.InvalidArgument, null,
        "Pipe Get-AgressoEntity output into it, or name the scope with -Scope.");

    public static ErrorRecord RunInProgress(Store.RunInProgressException e) => Record(e, "RunInProgress",
        ErrorCategory.ResourceBusy, e.Holder, "Wait for the other run to finish; a run killed without cleanup releases its lock by itself.");

    public static ErrorRecord DeleteGuard(N2fChange change) => new(
        new InvalidOperationException($"Delete guard: the deletes of {change.Scope} in {change.Company} are held ({change.Reason})."),
        "DeleteGuardTriggered", ErrorCategory.LimitsExceeded, change.Company)
    {
        ErrorDetails = new ErrorDetails($"Delete guard: the deletes of {change.Scope} in {change.Company} are held ({change.Reason}). Creates and updates went through.")
        {
            RecommendedAction = "Check the Agresso source first (a truncated view looks like this). To apply them: review "
                + "with Compare-N2fPayload | Where-Object Action -eq Delete | Export-Clixml deletes.xml, then "
                + "Import-Clixml deletes.xml | Sync-N2fScope -Delete; or rerun with -AllowMassDelete.",
        },
    };

    public static ErrorRecord FailureCeiling(string reason) => new(
        new InvalidOperationException($"The run stopped: {reason}"), "FailureCeilingReached", ErrorCategory.LimitsExceeded, null)
    {
        ErrorDetails = new ErrorDetails($"The run stopped: {reason}")
        {
            RecommendedAction = "Check N2F's status and the errors above; the next run resumes from a fresh diff and sends failed keys first.",
        },
    };

    public static ErrorRecord NotAChange(object input) => Record(
        new ArgumentException($"Sync-N2fScope cannot use this input as a change: {input}. Pipe Compare-N2fPayload output or Import-Clixml of it."),
        "NotAChange", ErrorCategory.InvalidArgument, input, "Pipe Compare-N2fPayload output, or a plan saved with Export-Clixml.");

    public static ErrorRecord RunNotFound(string runId) => Record(
        new ItemNotFoundException($"The store has no run '{runId}' (runs under -WhatIf are not kept; old runs are pruned after store.retentionDays)."),
        "RunNotFound", ErrorCategory.ObjectNotFound, runId, "List the runs kept with Get-N2fSyncRun.");

    public static ErrorRecord ReportFormatUnknown(string path) => Record(
        new ArgumentException($"Cannot tell the report format from '{path}'."), "ReportFormatUnknown", ErrorCategory.InvalidArgument,
        path, "Name the file .json, .csv or .html, or pass -Format Json, Csv or Html.");

    public static ErrorRecord ReportPathTaken(string path, string runId, string written) => Record(
        new InvalidOperationException($"The report of run {written} was already written to '{path}'; run {runId} would overwrite it."),
        "ReportPathTaken", ErrorCategory.ResourceExists, runId,
        "Export one run per file: pipe runs through ForEach-Object { Export-N2fSyncReport -RunId $_.Id -Path \"$($_.Id).html\" }.");

    public static ErrorRecord HistoryNotHtml(string path) => Record(
        new ArgumentException($"The history of runs is written as an HTML page, not as '{path}'."), "HistoryNotHtml",
        ErrorCategory.InvalidArgument, path, "Name the file .html (or pass -Format Html); Get-N2fSyncRun | Export-Csv gives the runs as CSV.");

    public static ErrorRecord ReportWriteFailed(Exception e, string path) => Record(e, "ReportWriteFailed", ErrorCategory.WriteError,
        path, "Check that the folder exists and is writable, and that the file is not open elsewhere.");

    public static ErrorRecord PersonalDataKeyInvalid(ArgumentException e, string key) => Record(e, "PersonalDataKeyInvalid",
        ErrorCategory.InvalidArgument, key, "Pass the person's whole e-mail address, as the users view holds it (case does not matter).");

    public static ErrorRecord Unexpected(Exception e, string what) => Record(e, "N2fSyncFailed",
        ErrorCategory.NotSpecified, what, "See the exception for details.");

    private static ErrorRecord Record(Exception e, string id, ErrorCategory category, object? target, string action) =>
        new(e, id, category, target) { ErrorDetails = new ErrorDetails(e.Message) { RecommendedAction = action } };
}
