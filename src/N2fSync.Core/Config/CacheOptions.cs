namespace N2fSync.Config;

/// <summary>
/// The cache of N2F reads in the store (companies, roles, profiles, axes, axis values, users), per base URL and
/// client id. Reads are N2F's scarcest resource (60 a minute by day): a second Compare within the TTL reads nothing.
/// </summary>
public sealed class CacheOptions
{
    public bool Enabled { get; set; } = CacheDefaults.Enabled;

    /// <summary>How long a list read from N2F answers later reads.</summary>
    public int TtlMinutes { get; set; } = CacheDefaults.TtlMinutes;

    /// <summary>Size cap of the cached lists; the oldest lists are dropped above it at the end of each run.</summary>
    public int MaxMegabytes { get; set; } = CacheDefaults.MaxMegabytes;

    /// <summary>
    /// Sync-N2fScope re-reads the lists it diffs against (users, the scope's axis values) instead of trusting the
    /// cache: someone may have changed N2F by hand since the list was read, and only a fresh read sees it. Reference
    /// lists (companies, roles, profiles, axes) still come from the cache. False trusts the cache for those lists too.
    /// </summary>
    public bool SyncReadsFresh { get; set; } = CacheDefaults.SyncReadsFresh;
}
