namespace N2fSync.Config;

/// <summary>The keys of <c>store:</c>, <c>cache:</c> and <c>logging:</c>: where the local store lives and what it keeps.</summary>
internal static class StoreSchema
{
    public static readonly ConfigSection<StoreOptions> Store = new("store",
    [
        Option.Path<StoreOptions>("path", s => s.Path, (s, v) => s.Path = v, "The SQLite store of this configuration.")
            with { DefaultNote = "local application data, `N2fSync/<name>.db`", Example = "./n2fsync.db" },
        Option.WholeNumber<StoreOptions>("retentionDays", OptionRange.AtLeast(1, "a number of days above 0"),
            s => s.RetentionDays, (s, v) => s.RetentionDays = v, "How many days runs are kept.") with { Example = "30" },
    ]);

    public static readonly ConfigSection<CacheOptions> Cache = new("cache",
    [
        Option.Flag<CacheOptions>("enabled", c => c.Enabled, (c, v) => c.Enabled = v, "Use the cache.") with { Example = "false" },
        Option.WholeNumber<CacheOptions>("ttlMinutes", OptionRange.AtLeast(0, "a number of minutes, 0 or more"),
            c => c.TtlMinutes, (c, v) => c.TtlMinutes = v, "How long a list read from N2F answers later reads.") with { Example = "5" },
        Option.WholeNumber<CacheOptions>("maxMegabytes", OptionRange.AtLeast(0, "a number of megabytes, 0 or more"),
            c => c.MaxMegabytes, (c, v) => c.MaxMegabytes = v, "Size cap of the cached lists.") with { Example = "20" },
        Option.Flag<CacheOptions>("syncReadsFresh", c => c.SyncReadsFresh, (c, v) => c.SyncReadsFresh = v,
            "`Sync-N2fScope` re-reads the lists it diffs against.") with { Example = "false" },
    ]);

    public static readonly ConfigSection<LoggingOptions> Logging = new("logging",
    [
        Option.Path<LoggingOptions>("json", l => l.Json, (l, v) => l.Json = v, "A file that receives one JSON object per line for every API call and every change outcome.")
            with { DefaultNote = "none", Example = "./n2fsync-log.jsonl" },
    ]);
}
