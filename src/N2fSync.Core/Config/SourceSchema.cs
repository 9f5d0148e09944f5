using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>The keys of <c>source:</c>, where the Agresso views come from.</summary>
internal static class SourceSchema
{
    public static readonly IReadOnlyList<(string Name, SourceProvider Value)> Providers =
        [("sqlserver", SourceProvider.SqlServer), ("sqlite", SourceProvider.Sqlite), ("csv", SourceProvider.Csv)];

    public static readonly ConfigSection<ViewOptions> UsersView = View("source.users", "dbo.iris_N2F_User_Test");

    public static readonly ConfigSection<ViewOptions> AnalyticsView = View("source.analytics", "dbo.iris_N2F_Analytics_Test");

    public static readonly ConfigSection<SourceOptions> Section = new("source",
    [
        Option.Choice<SourceOptions, SourceProvider>("provider", Providers, "a provider", s => s.Provider, (s, v) => s.Provider = v,
            "Where the views are read from.") with { Example = "csv" },
        Option.Text<SourceOptions>("connectionString", s => s.ConnectionString, (s, v) => s.ConnectionString = v,
            "sqlserver, **required**: the connection string.") with { Read = ReadConnectionString, Example = "Server=sql01;Database=Agresso" },
        Option.Path<SourceOptions>("path", s => s.Path, (s, v) => s.Path = v,
            "sqlite, **required**: the database file.") with { Example = "./agresso.db" },
        Option.Path<SourceOptions>("folder", s => s.Folder, (s, v) => s.Folder = v,
            "csv, **required**: the folder holding one file per view, named `<view>.csv` (UTF-8, BOM optional).") with { Example = "./csv" },
        new OptionSpec<SourceOptions>("delimiter", @"`','` \| `';'` \| `'\t'` (or `tab`) \| `auto`", "csv: the field delimiter.")
        {
            Read = (ctx, node, path, s) => s.Delimiter = CsvDelimiter.Read(ctx, node, path),
            ShowValue = s => CsvDelimiter.Show(s.Delimiter),
            Example = "';'",
        },
        Option.Text<SourceOptions>("user", s => s.User, (s, v) => s.User = v, "SQL login, when not in the connection string.")
            with { DefaultNote = "`AGRESSO_DB_USER`", Example = "agresso_reader" },
        Option.SecretValue<SourceOptions>("password", ConfigEnvironmentVariables.AgressoDbPassword, s => s.Password, (s, v) => s.Password = v,
            "SQL password.") with { DefaultNote = "`AGRESSO_DB_PASSWORD`", Example = "db-pass-123" },
        Option.Text<SourceOptions>("passwordSecretName", s => s.PasswordSecretName, (s, v) => s.PasswordSecretName = v,
            "Name of the SQL password in a SecretManagement vault.") with { Example = "AgressoReader" },
        Option.WholeNumber<SourceOptions>("commandTimeoutSeconds", OptionRange.AtLeast(0, "a number of seconds, 0 or more (0 = no limit)"),
            s => s.CommandTimeoutSeconds, (s, v) => s.CommandTimeoutSeconds = v, "SQL command timeout.") with { Example = "60" },
        Option.Section<SourceOptions, ViewOptions>("users", UsersView, s => s.Users, "The users view."),
        Option.Section<SourceOptions, ViewOptions>("analytics", AnalyticsView, s => s.Analytics, "The analytics view."),
    ], SourceRules.Check);

    public static string ProviderName(SourceProvider provider) => Providers.First(p => p.Value == provider).Name;

    private static ConfigSection<ViewOptions> View(string path, string example) => new(path,
    [
        Option.Text<ViewOptions>("view", v => v.View, (v, x) => v.View = x ?? v.View, "The view, table or CSV file stem.")
            with { TypeText = "name", Example = example },
        Option.Path<ViewOptions>("query", v => v.Query, (v, x) => v.Query = x, "A `.sql` file whose text replaces the built-in query.")
            with { DefaultNote = "the built-in query", Example = "./sql/users.sql" },
    ]);

    private static void ReadConnectionString(ConfigReadContext ctx, YamlNode node, string path, SourceOptions source)
    {
        if (node is YamlScalarNode { Value: { } raw } && ConfigSecrets.HasLiteralPassword(raw))
        {
            ctx.Warning(path, "the connection string holds a password written in the file; leave it out and set "
                + $"{ConfigEnvironmentVariables.AgressoDbPassword} (or write Password=${{{ConfigEnvironmentVariables.AgressoDbPassword}}}).");
        }
        source.ConnectionString = ctx.ReadText(node, path);
    }
}
