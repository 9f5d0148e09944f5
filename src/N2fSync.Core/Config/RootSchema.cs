namespace N2fSync.Config;

/// <summary>The top level of the file: the configuration's name, its company list, and one key per section.</summary>
internal static class RootSchema
{
    // Characters no file system accepts in a file name; the name becomes the store file's name.
    private static readonly char[] FileNameBreakers = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    public static readonly ConfigSection<N2fSyncConfig> Section = new("",
    [
        Option.Text<N2fSyncConfig>("name", c => c.Name, (c, v) => c.Name = v ?? c.Name, "Names this configuration and its store file.")
            with { DefaultNote = "the file name without extension", Example = "belgium", Check = (ctx, path, c) => CheckName(ctx, path, c.Name) },
        Option.Section<N2fSyncConfig, SourceOptions>("source", SourceSchema.Section, c => c.Source, "Where the Agresso views are read from."),
        Option.Section<N2fSyncConfig, N2fOptions>("n2f", N2fSchema.Section, c => c.N2f, "The N2F API account."),
        Option.Section<N2fSyncConfig, StoreOptions>("store", StoreSchema.Store, c => c.Store, "The local SQLite store."),
        Option.Section<N2fSyncConfig, UsersOptions>("users", UsersSchema.Section, c => c.Users, "Choices for user payloads."),
        new OptionSpec<N2fSyncConfig>("axes", "section", "Axis scopes, by scope name.")
        {
            DefaultNote = "three built-in scopes",
            Child = AxisScopeSchema.Section,
            // What a new scope starts from, for the reference and the template.
            ChildOptions = _ => new AxisScopeOptions(),
            Read = (ctx, node, _, c) => AxesSectionReader.Read(ctx, node, c.Axes),
            Check = (ctx, _, c) => AxesRules.Check(ctx, c.Axes),
        },
        Option.List<N2fSyncConfig>("companies", c => c.Companies, (c, v) => c.Companies = v,
            "Company codes managed even when the source has no row for them.") with { Example = "[BE01]" },
        Option.Section<N2fSyncConfig, QuotaOptions>("quotas", QuotasSchema.Section, c => c.Quotas, "N2F's call quotas."),
        Option.Section<N2fSyncConfig, SafetyOptions>("safety", SafetySchema.Section, c => c.Safety, "The delete guard, protected keys and failure ceiling."),
        Option.Section<N2fSyncConfig, CacheOptions>("cache", StoreSchema.Cache, c => c.Cache, "The cache of N2F reads."),
        Option.Section<N2fSyncConfig, LoggingOptions>("logging", StoreSchema.Logging, c => c.Logging, "Structured JSON logs."),
        Option.Section<N2fSyncConfig, DataQualityOptions>("dataQuality", DataQualitySchema.Section, c => c.DataQuality, "Extra source checks."),
        Option.Section<N2fSyncConfig, RunOptions>("run", RunSchema.Section, c => c.Run, "Limits of one run."),
        Option.Section<N2fSyncConfig, NotifyOptions>("notify", NotifySchema.Section, c => c.Notify, "Notifications of runs."),
    ]);

    private static void CheckName(ConfigReadContext ctx, string path, string name)
    {
        if (name.IndexOfAny(FileNameBreakers) >= 0 || name.Any(char.IsControl) || name.Trim('.').Length == 0)
            ctx.Error(path, $"'{name}' cannot name the store file; use letters, digits, - and _.");
    }
}
