using N2fSync.Store;

namespace N2fSync.Sync.Apply;

/// <summary>
/// One Sync-N2fScope invocation as the store sees it: the run lock (none under -WhatIf, which writes nothing),
/// the run record, the settling of writes an earlier run left unfinished, the applier and the summary.
/// </summary>
public sealed class SyncRun : IDisposable
{
    private readonly SyncSession _session;
    private readonly RunLock? _lock;

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

    public void Complete()
    {
        Summary.Complete(_session.Time.GetUtcNow());
        var stats = _session.Client.Stats;
        (Summary.ApiReads, Summary.ApiWrites, Summary.Retries, Summary.Throttled) = (stats.Reads, stats.Writes, stats.Retries, stats.Throttled);
        if (!Summary.WhatIf) _session.Store.CompleteRun(Summary, Summary.Outcome);
    }

    public void Dispose() => _lock?.Dispose();

}
