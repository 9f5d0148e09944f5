using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>Reads <c>store:</c>, <c>cache:</c> and <c>logging:</c>: where the local store lives and what it keeps.</summary>
internal static class StoreSectionReader
{
    public static void ReadStore(ConfigReadContext ctx, YamlNode node, StoreOptions store)
    {
        foreach (var (key, value) in ctx.Entries(node, "store", ConfigKeys.Store))
        {
            if (key == "path") store.Path = ctx.ReadText(value, "store.path");
            else store.RetentionDays = ctx.ReadInt(value, "store.retentionDays", "a number of days above 0") ?? store.RetentionDays;
        }
    }

    public static void ReadCache(ConfigReadContext ctx, YamlNode node, CacheOptions cache)
    {
        foreach (var (key, value) in ctx.Entries(node, "cache", ConfigKeys.Cache))
        {
            var path = "cache." + key;
            switch (key)
            {
                case "enabled":
                    cache.Enabled = ctx.ReadBool(value, path) ?? cache.Enabled;
                    break;
                case "ttlMinutes":
                    cache.TtlMinutes = ctx.ReadInt(value, path, "a number of minutes, 0 or more") ?? cache.TtlMinutes;
                    break;
                case "maxMegabytes":
                    cache.MaxMegabytes = ctx.ReadInt(value, path, "a number of megabytes, 0 or more") ?? cache.MaxMegabytes;
                    break;
                case "syncReadsFresh":
                    cache.SyncReadsFresh = ctx.ReadBool(value, path) ?? cache.SyncReadsFresh;
                    break;
            }
        }
    }

    public static void ReadLogging(ConfigReadContext ctx, YamlNode node, LoggingOptions logging)
    {
        foreach (var (_, value) in ctx.Entries(node, "logging", ConfigKeys.Logging))
            logging.Json = ctx.ReadText(value, "logging.json");
    }
}
