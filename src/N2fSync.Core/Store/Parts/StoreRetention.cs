using N2fSync.Sync.Ports;

namespace N2fSync.Store.Parts;

/// <summary>
/// Keeps the store small over years of nightly runs: runs, their journal, data-quality and notification rows older than the
/// retention, and the oldest cached lists beyond the cache's size, go; the file is compacted when enough of it is free.
/// The failed-key queue is kept: it is what the next run needs.
/// </summary>
internal sealed class StoreRetention(StoreDatabase database, ReadCache cache) : IStoreRetention
{
    // Compacting rewrites the whole file: worth it only when much of it is free pages.
    private const long VacuumMinimumBytes = 4L * 1024 * 1024;
    private const double VacuumMinimumShare = 0.25;

    public PruneResult Prune(DateTimeOffset now, int retentionDays, int cacheMaxMegabytes)
    {
        var cutoff = StoreTime.Format(now.AddDays(-retentionDays));
        int runs = 0, journal = 0, issues = 0;
        database.InTransaction(transaction =>
        {
            const string oldRuns = "SELECT id FROM runs WHERE started_at < $cutoff";
            journal = transaction.Execute($"DELETE FROM journal WHERE (run_id IN ({oldRuns}) OR sent_at < $cutoff) AND state = 'Done'", ("$cutoff", cutoff));
            issues = transaction.Execute($"DELETE FROM data_issues WHERE run_id IN ({oldRuns}) OR at < $cutoff", ("$cutoff", cutoff));
            transaction.Execute($"DELETE FROM notifications WHERE run_id IN ({oldRuns}) OR at < $cutoff", ("$cutoff", cutoff));
            runs = transaction.Execute("DELETE FROM runs WHERE started_at < $cutoff", ("$cutoff", cutoff));
        });
        var lists = cache.Prune(now, cacheMaxMegabytes * 1024L * 1024L);
        return new PruneResult(runs, journal, issues, lists, VacuumIfWorthwhile());
    }

    /// <summary>Size of the store file and of its cached lists, in bytes.</summary>
    public (long FileBytes, long CacheBytes) Size() =>
        (database.Scalar("PRAGMA page_count") * database.Scalar("PRAGMA page_size"),
         database.Scalar("SELECT COALESCE(SUM(bytes), 0) FROM cache_lists"));

    private bool VacuumIfWorthwhile()
    {
        var pageSize = database.Scalar("PRAGMA page_size");
        var free = database.Scalar("PRAGMA freelist_count") * pageSize;
        var total = database.Scalar("PRAGMA page_count") * pageSize;
        if (free < VacuumMinimumBytes || free < VacuumMinimumShare * total) return false;
        database.Execute("VACUUM");
        database.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
        return true;
    }
}
