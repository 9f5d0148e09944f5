using System.Management.Automation;
using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.N2f;
using N2fSync.Store;
using N2fSync.Sync.Apply;
using N2fSync.Sync.Ports;
using N2fSync.Sync.Run;
using N2fSync.Sync;

namespace N2fSync.Commands.Errors;

/// <summary>
/// The one place core failures become ErrorRecords: a stable ErrorId, a category, the target object and a
/// recommended action, so scripts can filter on FullyQualifiedErrorId and admins know what to do next.
/// </summary>
internal static class ErrorRecordFactory
{
    public static ErrorRecord Config(ConfigException e, string path)
    {
        if (File.Exists(path))
            return Record(e, "ConfigInvalid", ErrorCategory.InvalidData, path,
                $"Fix the listed keys in {path}; Test-N2fSyncConfig -ConfigPath '{path}' checks it again.");
        return Record(e, "ConfigNotFound", ErrorCategory.ObjectNotFound, path, ConfigNotFoundAdvice(path));
    }

    // A folder is a common slip (-ConfigPath D:\N2fSync): name the file inside it when there is one.
    private static string ConfigNotFoundAdvice(string path)
    {
        if (!Directory.Exists(path))
            return $"Create one with New-N2fSyncConfig -Path '{path}', or point -ConfigPath or $env:N2FSYNC_CONFIG at yours.";
        var inside = Path.Combine(path, ConfigDefaults.FileName);
        return File.Exists(inside)
            ? $"'{path}' is a folder: pass the file in it, -ConfigPath '{inside}'."
            : $"'{path}' is a folder: pass the YAML file's path to -ConfigPath, or create one with New-N2fSyncConfig -Path '{inside}'.";
    }

    /// <summary>New-N2fSyncConfig parameters that cannot make a usable file (contradictory providers, a password).</summary>
    public static ErrorRecord ConfigParameters(ArgumentException e) => new(
        new ArgumentException(WithoutParameterName(e)), e.ParamName == "ConnectionString" ? "ConnectionStringHasPassword" : "ConfigParameterConflict",
        ErrorCategory.InvalidArgument, e.ParamName)
    {
        ErrorDetails = new ErrorDetails(WithoutParameterName(e))
        {
            RecommendedAction = e.ParamName == "ConnectionString"
                ? "Leave the password out of -ConnectionString and set AGRESSO_DB_PASSWORD, or pass -SourceCredential when running."
                : "Give one source location: -ConnectionString (SqlServer), -SqlitePath (Sqlite) or -CsvFolder (Csv); -Provider may then be left out.",
        },
    };

    // .NET appends " (Parameter 'X')", .NET Framework a line "Parameter name: X": the message already names it.
    private static string WithoutParameterName(ArgumentException e) => e.ParamName is null
        ? e.Message
        : e.Message.Split([" (Parameter '", Environment.NewLine + "Parameter name:"], StringSplitOptions.None)[0];

    public static ErrorRecord CredentialsMissing(Exception e) => Record(e, "N2fCredentialsMissing",
        ErrorCategory.AuthenticationError, null,
        "Set N2F_CLIENT_ID and N2F_CLIENT_SECRET, or pass -Credential (user name = client id, password = client secret).");

    public static ErrorRecord Source(AgressoSourceException e, string scope) => e is AgressoSourceDamagedException damaged
        ? Record(e, "AgressoSourceDamaged", ErrorCategory.InvalidData, damaged.Path,
            $"Fix line {damaged.LineNumber} of {damaged.Path} (or export it again) and run again; until then the {scope} scope "
            + "reads nothing and writes nothing, so no N2F object is deleted because of the damage.")
        : Record(e, "AgressoSourceFailed", ErrorCategory.ReadError, scope,
            "Check source.* in the config and that the Agresso view can be read with these credentials.");

    public static ErrorRecord N2fApi(N2fApiException e, string scope) => Record(e, "N2fApiFailed",
        e.StatusCode is 401 or 403 ? ErrorCategory.AuthenticationError : ErrorCategory.ConnectionError, scope,
        e.StatusCode is 401 or 403
            ? "Check the N2F client id and secret (N2F_CLIENT_ID / N2F_CLIENT_SECRET or -Credential) and n2f.baseUrl."
            : e.StatusCode == 404
                ? "N2F has no such object: a company, axis or list was removed or renamed in N2F. Clear-N2fCache -Scope reference, then run again."
                : "Check n2f.baseUrl and the network; the run can be started again, it resumes from a fresh diff.");

    public static ErrorRecord DataIssue(DataIssue issue, object target) => new(
        new InvalidDataException(issue.ToString()), "AgressoRow" + issue.Kind, ErrorCategory.InvalidData, target)
    {
        ErrorDetails = new ErrorDetails(issue.ToString())
        {
            RecommendedAction = issue.Kind == Agresso.DataIssueKind.UnknownAxis
                ? $"Create the axis in that N2F company, or correct axes.{issue.Scope}.axis in the config; the company's "
                  + "values are neither written nor deleted until then."
                : $"Fix {issue.Field} of {issue.Scope} {issue.SourceLocation} in Agresso; the row is not synced "
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
                : result.StatusCode == 429
                    ? "N2F's quota refused the call until the retries ran out: not a data problem. Check that no other tool uses "
                      + "the same API client and that quotas.* match N2F's limits; the next run sends it again."
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

    public static ErrorRecord RunInProgress(RunInProgressException e) => Record(e, "RunInProgress",
        ErrorCategory.ResourceBusy, e.Holder, "Wait for the other run to finish; a run killed without cleanup releases its lock by itself.");

    /// <summary>The store cannot be used: names the file, the cause and what to do; never a raw SQLite error.</summary>
    public static ErrorRecord Store(StoreException e) => Record(e, e.Problem switch
        {
            StoreProblem.NewerVersion => "StoreNewerVersion",
            StoreProblem.Damaged => "StoreDamaged",
            StoreProblem.ReadOnly => "StoreReadOnly",
            StoreProblem.Busy => "StoreBusy",
            _ => "StoreUnavailable",
        },
        e.Problem switch
        {
            StoreProblem.ReadOnly => ErrorCategory.PermissionDenied,
            StoreProblem.Busy => ErrorCategory.ResourceBusy,
            StoreProblem.NewerVersion => ErrorCategory.InvalidData,
            StoreProblem.Damaged => ErrorCategory.InvalidData,
            _ => ErrorCategory.ResourceUnavailable,
        }, e.StorePath, e.RecommendedAction);

    /// <summary>What a core run reports, as the ErrorRecord of its kind.</summary>
    public static ErrorRecord From(RunProblem problem) => problem.Kind switch
    {
        RunProblemKind.DataIssue when problem.Issue is { } issue => DataIssue(issue, (object?)problem.Row ?? issue),
        RunProblemKind.WriteFailed when problem.Result is { } result && problem.Change is { } change => WriteFailed(result, change),
        RunProblemKind.DeleteGuard when problem.Change is { } held => DeleteGuard(held, problem.Message),
        RunProblemKind.DeleteHeld => Record(new InvalidOperationException(problem.Message),
            "DeleteHeld" + (problem.Decision?.Rule.ToString() ?? ""), ErrorCategory.ResourceBusy, (object?)problem.Change ?? problem.Scope,
            "Give the users it names their new manager in Agresso; the delete follows in the next run."),
        RunProblemKind.FailureCeiling => FailureCeiling(problem.Message),
        RunProblemKind.Refused => Record(new InvalidOperationException(problem.Message),
            "WriteRefused" + (problem.Decision?.Rule.ToString() ?? ""), ErrorCategory.SecurityError, (object?)problem.Change ?? problem.Scope,
            problem.Decision?.Rule switch
            {
                Sync.Gate.GateRule.OtherTarget => "Compute the plan again with this configuration (Compare-N2fPayload), then apply it.",
                Sync.Gate.GateRule.ProtectedKey => "Remove the key from safety.protectedKeys if N2fSync is meant to manage it.",
                Sync.Gate.GateRule.KeyInSource or Sync.Gate.GateRule.DeleteNotPlanned =>
                    "Compare-N2fPayload shows what the current source and N2F call for; apply that plan instead.",
                Sync.Gate.GateRule.RejectedRow => "Fix the source row; its N2F object is written once the row is valid.",
                Sync.Gate.GateRule.RefusedPayload => "Fix the Agresso data N2F refused; the change is sent again once its data changes.",
                _ => "Pipe Compare-N2fPayload output, or a plan saved with Export-Clixml, for a scope of this configuration.",
            }),
        RunProblemKind.EmptySource => EmptySource(problem.Scope),
        RunProblemKind.SourceFailed when problem.Exception is AgressoSourceException source => Source(source, problem.Scope),
        RunProblemKind.SourceFailed => Record(problem.Exception ?? new InvalidDataException(problem.Message), "AgressoSourceFailed",
            ErrorCategory.ReadError, problem.Scope,
            "Fix the source (the message names the file and line, or the view); nothing of this scope is written until it reads whole."),
        RunProblemKind.AuthenticationFailed => Record(new InvalidOperationException(problem.Message, problem.Exception),
            "N2fAuthenticationFailed", ErrorCategory.AuthenticationError, problem.Scope,
            "Check the N2F client id and secret (N2F_CLIENT_ID / N2F_CLIENT_SECRET, -Credential or the vault) and n2f.baseUrl; "
            + "Test-N2fConnection checks them without syncing."),
        RunProblemKind.N2fUnreachable => Record(new InvalidOperationException(problem.Message, problem.Exception),
            "N2fUnreachable", ErrorCategory.ConnectionError, problem.Scope,
            "Check n2f.baseUrl, the proxy and N2F's status; the run can be started again, it resumes from a fresh diff."),
        RunProblemKind.N2fReadFailed => Record(new InvalidOperationException(problem.Message, problem.Exception),
            "N2fReadFailed", ErrorCategory.ReadError, problem.Scope,
            "Nothing of this scope was written; the message has N2F's answer. Run again once N2F answers the read."),
        RunProblemKind.TimeBudget => Record(new TimeoutException(problem.Message), "TimeBudgetReached",
            ErrorCategory.OperationTimeout, problem.Scope,
            "The next run carries on from a fresh diff; give the job more time or run it at night, when N2F allows five times the writes."),
        _ => Unexpected(new InvalidOperationException(problem.Message, problem.Exception), problem.Scope),
    };

    public static ErrorRecord DeleteGuard(N2fChange change, string? reason = null) => new(
        new InvalidOperationException($"Delete guard: the deletes of {change.Scope} in {change.Company} are held ({reason ?? change.Reason})."),
        "DeleteGuardTriggered", ErrorCategory.LimitsExceeded, change.Company)
    {
        ErrorDetails = new ErrorDetails($"Delete guard: the deletes of {change.Scope} in {change.Company} are held ({reason ?? change.Reason}). Creates and updates went through.")
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

    public static ErrorRecord NotifyNotConfigured(string configPath) => Record(
        new InvalidOperationException($"The configuration {configPath} sends no notification: notify.webhook and notify.mail are not set."),
        "NotifyNotConfigured", ErrorCategory.InvalidOperation, configPath,
        "Add notify.webhook (url: ${N2FSYNC_WEBHOOK_URL}) or notify.mail (smtpServer, from, to) to the configuration; see Get-Help about_N2fSync_Config (notify).");

    public static ErrorRecord NotificationFailed(Notify.NotificationResult result) => Record(
        new InvalidOperationException($"The {(result.Test ? "test message" : $"notification of run {result.RunId}")} by {result.Destination} was not sent: {result.Message}"),
        "NotificationFailed", ErrorCategory.ConnectionError, result,
        "Check notify: in the configuration (the URL, the SMTP server, port, login and password), then send again.");

    public static ErrorRecord Unexpected(Exception e, string what) => Record(e, "N2fSyncFailed",
        ErrorCategory.NotSpecified, what, "See the exception for details.");

    private static ErrorRecord Record(Exception e, string id, ErrorCategory category, object? target, string action) =>
        new(e, id, category, target) { ErrorDetails = new ErrorDetails(e.Message) { RecommendedAction = action } };
}
