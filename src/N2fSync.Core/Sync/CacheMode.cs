

namespace N2fSync.Sync;

/// <summary>How a session's N2F reads use the cache (cache.* in the config; the decision is in docs/config.md).</summary>
public enum CacheMode
{
    /// <summary>Planning for writes: the lists a plan diffs against are read fresh (unless cache.syncReadsFresh is false); reference lists may come from the cache.</summary>
    Sync,
    /// <summary>Queries (Compare-N2fPayload, Get-N2fEntity, -Validate): every list may come from the cache within the TTL.</summary>
    Query,
    /// <summary>-NoCache: every list is read from N2F; what is read refreshes the cache.</summary>
    Fresh,
}
