namespace N2fSync.Config;

/// <summary>Checks <c>store:</c>, <c>cache:</c> and <c>dataQuality:</c> ranges.</summary>
internal static class StoreRules
{
    public static void Check(ConfigReadContext ctx, N2fSyncConfig config)
    {
        RangeRule.AtLeast(ctx, "store.retentionDays", config.Store.RetentionDays, 1, "a number of days above 0");
        RangeRule.AtLeast(ctx, "cache.ttlMinutes", config.Cache.TtlMinutes, 0, "a number of minutes, 0 or more");
        RangeRule.AtLeast(ctx, "cache.maxMegabytes", config.Cache.MaxMegabytes, 0, "a number of megabytes, 0 or more");
        foreach (var pair in config.DataQuality.MaxLength)
            RangeRule.AtLeast(ctx, "dataQuality.maxLength." + pair.Key, pair.Value, 0, "a number of characters, 0 for no limit");
    }
}
