namespace N2fSync.Sync.Ports;

/// <summary>What one pruning removed.</summary>
public sealed record PruneResult(int Runs, int JournalRows, int DataIssueRows, int CacheLists, bool Vacuumed);

/// <summary>Keeps the store small over years of nightly runs.</summary>
public interface IStoreRetention
{
    PruneResult Prune(DateTimeOffset now, int retentionDays, int cacheMaxMegabytes);
}
