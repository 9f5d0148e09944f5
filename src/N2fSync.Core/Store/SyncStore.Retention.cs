namespace N2fSync.Store;

/// <summary>What one pruning removed.</summary>
public sealed record PruneResult(int Runs, int JournalRows, int DataIssueRows, int CacheLists, bool Vacuumed);

public sealed partial class SyncStore
{
    // Compacting rewrites the whole file: worth it only when much of it is free pages.
    private const long VacuumMinimumBytes = 4L * 1024 * 1024;
    private const double VacuumMinimumShare = 0.25;

    /// <summary>
    /// Keeps the store small over years of nightly runs: runs, their journal and data-quality rows older than
    /// <paramref name="retentionDays"/>, and the oldest cached lists beyond <paramref name="cacheMaxMegabytes"/>, go;
    /// the file is compacted when enough of it is free. The failed-key queue is kept: it is what the next run needs.
    /// </summary>
    public PruneResult Prune(DateTimeOffset now, int retentionDays, int cacheMaxMegabytes)
    {
        var cutoff = StoreTime.Format(now.AddDays(-retentionDays));
        int runs = 0, journal = 0, issues = 0;
        InTransaction(execute =>
        {
            const string oldRuns = "SELECT id FROM runs WHERE started_at < $cutoff";
            journal = execute($"DELETE FROM journal WHERE (run_id IN ({oldRuns}) OR sent_at < $cutoff) AND state = 'Done'", ("$cutoff", cutoff));
            issues = execute($"DELETE FROM data_issues WHERE run_id IN ({oldRuns}) OR at < $cutoff", ("$cutoff", cutoff));
            runs = execute("DELETE FROM runs WHERE started_at < $cutoff", ("$cutoff", cutoff));
        });
        var lists = PruneCache(now, cacheMaxMegabytes * 1024L * 1024L);
        return new PruneResult(runs, journal, issues, lists, VacuumIfWorthwhile());
    }

    /// <summary>Drops lists left half-filled by a dead process, then the oldest lists until the rest fits in <paramref name="maxBytes"/>.</summary>
    private int PruneCache(DateTimeOffset now, long maxBytes)
    {
        var stale = Query("SELECT id FROM cache_lists WHERE state = 'Filling' AND read_at < $since", ReadIds,
            ("$since", StoreTime.Format(now.AddDays(-1))));
        foreach (var id in stale) DropList(id);
        var lists = Query("SELECT id, bytes FROM cache_lists WHERE state = 'Ready' ORDER BY read_at DESC, id DESC", r =>
        {
            var found = new List<(long Id, long Bytes)>();
            while (r.Read()) found.Add((r.GetInt64(0), r.GetInt64(1)));
            return found;
        });
        long kept = 0;
        var dropped = stale.Count;
        foreach (var (id, bytes) in lists)
        {
            kept += bytes;
            if (kept <= maxBytes) continue;
            DropList(id);
            dropped++;
        }
        return dropped;
    }

    private bool VacuumIfWorthwhile()
    {
        var pageSize = Scalar("PRAGMA page_size");
        var free = Scalar("PRAGMA freelist_count") * pageSize;
        var total = Scalar("PRAGMA page_count") * pageSize;
        if (free < VacuumMinimumBytes || free < VacuumMinimumShare * total) return false;
        Execute("VACUUM");
        Execute("PRAGMA wal_checkpoint(TRUNCATE)");
        return true;
    }

    /// <summary>Size of the store file and of its cached lists, in bytes.</summary>
    public (long FileBytes, long CacheBytes) Size() =>
        (Scalar("PRAGMA page_count") * Scalar("PRAGMA page_size"), Scalar("SELECT COALESCE(SUM(bytes), 0) FROM cache_lists"));

    private long Scalar(string sql) => Query(sql, r => r.Read() ? r.GetInt64(0) : 0);
}
