using N2fSync.Agresso;
using N2fSync.Store;

namespace N2fSync.Sync.Apply;

/// <summary>
/// One Sync-N2fScope invocation as the store sees it: the run lock (none under -WhatIf, which writes nothing),
/// the run record, the settling of writes an earlier run left unfinished, the applier, every row's outcome, the
/// data-quality issues and metrics, and the pruning of old history at the end.
/// </summary>
public sealed class SyncRun : IDisposable
{
    private readonly SyncSession _session;
    private readonly RunLock? _lock;
    private readonly RunMetrics _metrics = new();
    private readonly HashSet<string> _sourcesRecorded = new(StringComparer.OrdinalIgnoreCase);

    private SyncRun(SyncSession session, SyncSummary summary, RunLock? runLock, IReadOnlyList<JournalEntry> settled)
    {
        _session = session;
        Summary = summary;
        _lock = runLock;
        Settled = settled;
        Applier = session.CreateApplier(summary.RunId);
    }

    public string RunId => Summary.RunId;
    public SyncSummary Summary { get; }
    public ChangeApplier Applier { get; }

    /// <summary>Writes of earlier runs whose outcome never came back; this run's fresh diff settles them.</summary>
    public IReadOnlyList<JournalEntry> Settled { get; }

    /// <summary>The holder of a stale lock this run took over, if any.</summary>
    public string? TookOverFrom => _lock?.TookOverFrom;

    /// <summary>What pruning at the end of the run removed (null under -WhatIf or before the end).</summary>
    public PruneResult? Pruned { get; private set; }

    /// <summary>Starts a run; throws <see cref="RunInProgressException"/> when another run holds the store.</summary>
    public static SyncRun Start(SyncSession session, bool whatIf, string? userName, string? host, int processId)
    {
        var summary = new SyncSummary
        {
            RunId = Guid.NewGuid().ToString("N").Substring(0, 12),
            StartedAt = session.Time.GetUtcNow(),
            WhatIf = whatIf,
        };
        RunLock? runLock = null;
        IReadOnlyList<JournalEntry> settled = [];
        if (!whatIf)
        {
            runLock = RunLock.Acquire(session.Store.Path, summary.RunId, summary.StartedAt);
            settled = session.SettleUnfinishedWrites(summary.RunId);
            session.Store.StartRun(summary, userName, host, processId);
        }
        return new SyncRun(session, summary, runLock, settled);
    }

    /// <summary>
    /// Every change's outcome passes here: counted in the summary and metrics, journaled when it was not sent (the
    /// applier journals what it sends), its data-quality issues kept, and logged as a JSON line when configured.
    /// </summary>
    public void Record(SyncResult result, N2fChange change)
    {
        Summary.Add(result);
        _metrics.Count(result);
        var fromPipeline = !_sourcesRecorded.Contains(change.Scope);
        if (fromPipeline) _metrics.AddRows(1);
        _session.JsonLog?.Change(result);
        if (Summary.WhatIf) return;
        if (!result.Sent && result.Outcome != SyncOutcome.Unchanged) _session.Store.JournalNotSent(RunId, change, result);
        // A whole-scope run recorded every issue of its source already; a piped change carries its row's issues.
        if (fromPipeline && change.Issues.Count > 0) KeepIssues(change.Issues);
    }

    /// <summary>
    /// The source rows of a scope once planned (planning adds the issues only N2F can reveal): their issues are kept
    /// and the scope's completeness (valid rows ÷ rows) joins the summary.
    /// </summary>
    public void RecordSource(string scope, IReadOnlyList<AgressoEntity> rows)
    {
        _sourcesRecorded.Add(scope);
        _metrics.AddRows(rows.Count);
        Summary.AddCompleteness(new ScopeCompleteness { Scope = scope, Rows = rows.Count, ValidRows = rows.Count(r => r.IsValid) });
        if (!Summary.WhatIf) KeepIssues(rows.SelectMany(r => r.Issues).ToList());
        else Summary.DataIssues += rows.Sum(r => r.Issues.Count);
    }

    /// <summary>Times one scope of the run (reading, planning, applying) until disposed.</summary>
    public IDisposable TimeScope(string scope) => _metrics.Time(scope);

    public void Complete()
    {
        var now = _session.Time.GetUtcNow();
        Summary.Complete(now);
        var stats = _session.Client.Stats;
        (Summary.ApiReads, Summary.ApiWrites, Summary.Retries, Summary.Throttled) = (stats.Reads, stats.Writes, stats.Retries, stats.Throttled);
        Summary.Metrics = _metrics.Build(Summary.Duration, _session.Client, _session.Cache);
        if (Summary.WhatIf) return;
        _session.Store.CompleteRun(Summary, Summary.Outcome, Summary.Metrics);
        Pruned = _session.Store.Prune(now, _session.Config.Store.RetentionDays, _session.Config.Cache.MaxMegabytes);
    }

    private void KeepIssues(IReadOnlyList<DataIssue> issues)
    {
        if (issues.Count == 0) return;
        Summary.DataIssues += issues.Count;
        _session.Store.RecordIssues(RunId, issues, _session.Time.GetUtcNow());
    }

    public void Dispose() => _lock?.Dispose();
}
