using N2fSync.Agresso;
using N2fSync.Sync.Apply;

namespace N2fSync.Sync.Run;

/// <summary>
/// Every outcome of a run passes here: counted in the summary and metrics, journaled when it was not sent (the applier
/// journals what it sends), its data-quality issues kept, logged as a JSON line when configured, and handed to the
/// host. Under -WhatIf nothing is written to the store.
/// </summary>
internal sealed class RunRecorder(RunContext context, SyncSummary summary, RunMetrics metrics, IRunHost host)
{
    private readonly HashSet<string> _sourcesRecorded = new(StringComparer.OrdinalIgnoreCase);

    public void Record(SyncResult result, N2fChange change)
    {
        summary.Add(result);
        metrics.Count(result);
        var fromPipeline = !_sourcesRecorded.Contains(change.Scope);
        if (fromPipeline) metrics.AddRows(1);
        context.JsonLog?.Change(result);
        if (!summary.WhatIf)
        {
            if (!result.Sent && result.Outcome != SyncOutcome.Unchanged) context.Storage.Journal.NotSent(summary.RunId, change, result);
            // A whole-scope run recorded every issue of its source already; a piped change carries its row's issues.
            if (fromPipeline && change.Issues.Count > 0) KeepIssues(change.Issues);
        }
        host.Emit(result);
    }

    /// <summary>A whole scope is being run: its changes come from its own source (their issues are recorded with it), not the pipeline.</summary>
    public void WholeScope(string scope) => _sourcesRecorded.Add(scope);

    /// <summary>The source rows of a scope once planned: their issues are kept and the scope's completeness joins the summary.</summary>
    public void RecordSource(string scope, IReadOnlyList<AgressoEntity> rows)
    {
        _sourcesRecorded.Add(scope);
        metrics.AddRows(rows.Count);
        var valid = rows.Count(r => r.IsValid);
        summary.RejectedRows += rows.Count - valid;
        summary.AddCompleteness(new ScopeCompleteness { Scope = scope, Rows = rows.Count, ValidRows = valid });
        var issues = rows.SelectMany(r => r.Issues).ToList();
        if (!summary.WhatIf) KeepIssues(issues);
        else summary.DataIssues += issues.Count;
    }

    public SyncResult NotSent(N2fChange change, SyncOutcome outcome, string message, int? statusCode = null) => new()
    {
        StatusCode = statusCode,
        RunId = summary.RunId,
        Scope = change.Scope,
        Action = change.Action,
        Key = change.Key,
        Company = change.Company,
        Outcome = outcome,
        Message = message,
        ChangedFields = change.ChangedFields,
        Timestamp = context.Time.GetUtcNow(),
    };

    private void KeepIssues(IReadOnlyList<DataIssue> issues)
    {
        if (issues.Count == 0) return;
        summary.DataIssues += issues.Count;
        context.Storage.Runs.RecordIssues(summary.RunId, issues, context.Time.GetUtcNow());
    }
}
