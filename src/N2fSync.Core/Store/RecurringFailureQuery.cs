using N2fSync.Store.History;

namespace N2fSync.Store;

/// <summary>The keys that keep failing across a set of runs (the history report), from the journal.</summary>
internal static class RecurringFailureQuery
{
    private const string FailedOutcomes = "('Failed', 'DependencyFailed', 'Unknown')";

    /// <summary>Keys that failed in at least <paramref name="minimumRuns"/> of the runs, most runs first, at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<RecurringFailure> Read(SyncStore store, IReadOnlyCollection<string> runIds, int minimumRuns, int limit)
    {
        if (runIds.Count == 0) return [];
        var where = new SqlFilter();
        where.In("run_id", runIds);
        where.Add($"outcome IN {FailedOutcomes}");
        return store.Database.Query(
            $"""
            SELECT scope, key, COUNT(DISTINCT run_id) AS runs, MAX(sent_at) AS last,
                (SELECT message FROM journal l WHERE l.scope = j.scope AND l.key = j.key AND l.outcome IN {FailedOutcomes}
                 ORDER BY l.id DESC LIMIT 1)
            FROM journal j{where}
            GROUP BY scope, key HAVING COUNT(DISTINCT run_id) >= $minimum
            ORDER BY runs DESC, last DESC, key LIMIT $limit
            """,
            r =>
            {
                var found = new List<RecurringFailure>();
                while (r.Read())
                    found.Add(new RecurringFailure(r.GetString(0), r.GetString(1), r.GetInt32(2), StoreTime.Parse(r.GetString(3)),
                        r.IsDBNull(4) ? null : r.GetString(4)));
                return found;
            }, [.. where.Parameters, ("$minimum", minimumRuns), ("$limit", limit)]);
    }

    /// <summary>Keys in the failed-key queue now (every scope).</summary>
    public static int Queued(SyncStore store) => store.Database.Query("SELECT COUNT(*) FROM failed_keys", r => r.Read() ? r.GetInt32(0) : 0);
}
