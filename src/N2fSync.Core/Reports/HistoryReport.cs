using N2fSync.Config;
using N2fSync.N2f.Quota;
using N2fSync.Store;
using N2fSync.Store.History;

namespace N2fSync.Reports;

/// <summary>
/// Runs of a period, ready to render as one page (Export-N2fSyncReport -History): the runs oldest first, what each
/// wrote, failed, held and rejected, its duration against the floor the quota sets, and the keys that keep failing.
/// </summary>
public sealed class HistoryReport
{
    /// <summary>A key shows as failing again and again from this many runs.</summary>
    public const int RecurringFrom = 2;
    private const int RecurringShown = 25;
    private readonly QuotaSchedule _quota;

    private HistoryReport(string configName, IReadOnlyList<SyncRunRecord> runs, IReadOnlyList<RecurringFailure> recurring, int queued,
        QuotaSchedule quota, DateTimeOffset generatedAt, DateTimeOffset? since)
    {
        ConfigName = configName;
        Runs = runs;
        RecurringFailures = recurring;
        QueuedFailures = queued;
        _quota = quota;
        GeneratedAt = generatedAt;
        Since = since;
    }

    public string ConfigName { get; }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<SyncRunRecord> Runs { get; }

    public IReadOnlyList<RecurringFailure> RecurringFailures { get; }

    /// <summary>Keys in the failed-key queue now.</summary>
    public int QueuedFailures { get; }

    public DateTimeOffset GeneratedAt { get; }

    /// <summary>The start of the period asked for, when one was.</summary>
    public DateTimeOffset? Since { get; }

    /// <summary>The last <paramref name="last"/> runs, or those started at or after <paramref name="since"/> (both: the newer of each).</summary>
    /// <remarks>A null store (none created yet) gives a report without runs.</remarks>
    public static HistoryReport Load(SyncStore? store, N2fSyncConfig config, int? last, DateTimeOffset? since, DateTimeOffset now)
    {
        var runs = store?.History.Runs(new RunQuery { Last = last, After = since }).Reverse().ToList() ?? [];
        var recurring = store is null ? [] : RecurringFailureQuery.Read(store, runs.Select(r => r.Id).ToList(), RecurringFrom, RecurringShown);
        return new HistoryReport(config.Name, runs, recurring, store is null ? 0 : RecurringFailureQuery.Queued(store),
            new QuotaSchedule(config.Quotas), now, since);
    }

    /// <summary>Source rows rejected by a data-quality check: from the run's completeness, else its rejected-row changes.</summary>
    public static int RejectedRows(SyncRunRecord run) => run.Completeness.Count > 0
        ? run.Completeness.Sum(c => c.Rows - c.ValidRows)
        : run.Metrics?.Changes.TryGetValue("Skip/Skipped", out var skipped) == true ? skipped : 0;

    /// <summary>
    /// Calls the run sent (from its metrics), the shortest time the quota in force at its start allowed for them, and
    /// the share of the quota its duration offered that it used. The quotas are those of the current configuration.
    /// </summary>
    public RunQuotaUse QuotaOf(SyncRunRecord run)
    {
        var calls = run.Metrics?.ApiCalls ?? [];
        var writes = calls.Where(c => c.Key.StartsWith("POST ", StringComparison.Ordinal) || c.Key.StartsWith("DELETE ", StringComparison.Ordinal)
                                      || c.Key.StartsWith("PUT ", StringComparison.Ordinal)).Sum(c => c.Value);
        if (run.Metrics is null) writes = run.Created + run.Updated + run.Deleted + run.Failed;
        var reads = calls.Where(c => c.Key.StartsWith("GET ", StringComparison.Ordinal)).Sum(c => c.Value);
        var limits = _quota.LimitsAt(run.StartedAt);
        var windows = Math.Max((double)writes / Math.Max(1, limits.Writes), (double)reads / Math.Max(1, limits.Reads));
        var floor = TimeSpan.FromSeconds(windows * _quota.Window.TotalSeconds);
        var offered = run.Duration is { TotalSeconds: > 0 } d ? d.TotalSeconds / _quota.Window.TotalSeconds : (double?)null;
        return new RunQuotaUse(writes, reads, floor,
            offered is { } o ? Math.Min(1, writes / (o * Math.Max(1, limits.Writes))) : null,
            offered is { } p ? Math.Min(1, reads / (p * Math.Max(1, limits.Reads))) : null);
    }

    /// <summary>Writes the page; the caller owns <paramref name="output"/>.</summary>
    public void Write(Stream output) => new HistoryReportWriter().Write(this, output);
}
