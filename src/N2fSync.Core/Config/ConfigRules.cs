namespace N2fSync.Config;

/// <summary>
/// Runs every rule once the config is complete (file, environment, resolved paths), so a value is judged by what
/// the sync will actually use, yet still reported at the line where the file set it.
/// </summary>
internal static class ConfigRules
{
    // Characters no file system accepts in a file name; the name becomes the store file's name.
    private static readonly char[] FileNameBreakers = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    public static void Check(ConfigReadContext ctx, N2fSyncConfig config)
    {
        CheckName(ctx, config.Name);
        SourceRules.Check(ctx, config.Source);
        N2fRules.Check(ctx, config.N2f);
        AxesRules.Check(ctx, config.Axes);
        QuotaRules.Check(ctx, config.Quotas);
        SafetyRules.Check(ctx, config.Safety);
        StoreRules.Check(ctx, config);
    }

    private static void CheckName(ConfigReadContext ctx, string name)
    {
        if (name.IndexOfAny(FileNameBreakers) >= 0 || name.Any(char.IsControl) || name.Trim('.').Length == 0)
            ctx.Error("name", $"'{name}' cannot name the store file; use letters, digits, - and _.");
    }
}
