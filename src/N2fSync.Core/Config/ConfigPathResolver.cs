

namespace N2fSync.Config;

/// <summary>
/// Makes the file's paths absolute: relative ones are read from the config file's folder (not the current
/// directory, which differs between an admin's prompt and a scheduled job), and a leading ~ is the user's home.
/// </summary>
internal static class ConfigPathResolver
{
    public static void Apply(ConfigReadContext ctx, N2fSyncConfig config)
    {
        var source = config.Source;
        source.Path = Resolve(ctx, "source.path", source.Path);
        source.Folder = Resolve(ctx, "source.folder", source.Folder);
        source.Users.Query = Resolve(ctx, "source.users.query", source.Users.Query);
        source.Analytics.Query = Resolve(ctx, "source.analytics.query", source.Analytics.Query);
        config.Store.Path = Resolve(ctx, "store.path", config.Store.Path);
        config.Logging.Json = Resolve(ctx, "logging.json", config.Logging.Json);
    }

    public static string? Resolve(ConfigReadContext ctx, string key, string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
            return path;
        try
        {
            var expanded = ExpandHome(path!);
            return Path.GetFullPath(Path.IsPathRooted(expanded) ? expanded : Path.Combine(ctx.BaseDirectory, expanded));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            ctx.Error(key, $"'{path}' is not a valid path: {e.Message}");
            return path;
        }
    }

    private static string ExpandHome(string path)
    {
        if (path == "~")
            return Home();
        if (path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("~\\", StringComparison.Ordinal))
            return Path.Combine(Home(), path.Substring(2));
        return path;
    }

    private static string Home() => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
}
