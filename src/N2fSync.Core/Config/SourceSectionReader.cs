using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>Reads <c>source:</c>, where the Agresso views come from.</summary>
internal static class SourceSectionReader
{
    public static readonly IReadOnlyList<(string Name, SourceProvider Value)> Providers =
        [("sqlserver", SourceProvider.SqlServer), ("sqlite", SourceProvider.Sqlite), ("csv", SourceProvider.Csv)];

    public static void Read(ConfigReadContext ctx, YamlNode node, SourceOptions source)
    {
        foreach (var (key, value) in ctx.Entries(node, "source", ConfigKeys.Source))
        {
            var path = "source." + key;
            switch (key)
            {
                case "provider":
                    source.Provider = ctx.ReadChoice(value, path, Providers, "a provider") ?? source.Provider;
                    break;
                case "connectionString":
                    WarnOnLiteralPassword(ctx, value, path);
                    source.ConnectionString = ctx.ReadText(value, path);
                    break;
                case "path":
                    source.Path = ctx.ReadText(value, path);
                    break;
                case "folder":
                    source.Folder = ctx.ReadText(value, path);
                    break;
                case "delimiter":
                    source.Delimiter = ReadDelimiter(ctx, value, path);
                    break;
                case "user":
                    source.User = ctx.ReadText(value, path);
                    break;
                case "password":
                    source.Password = SecretReader.Read(ctx, value, path, ConfigEnvironmentVariables.AgressoDbPassword);
                    break;
                case "passwordSecretName":
                    source.PasswordSecretName = ctx.ReadText(value, path);
                    break;
                case "commandTimeoutSeconds":
                    source.CommandTimeoutSeconds = ctx.ReadInt(value, path, "a number of seconds, 0 or more (0 = no limit)") ?? source.CommandTimeoutSeconds;
                    break;
                case "users":
                    ReadView(ctx, value, path, source.Users);
                    break;
                case "analytics":
                    ReadView(ctx, value, path, source.Analytics);
                    break;
            }
        }
    }

    private static void ReadView(ConfigReadContext ctx, YamlNode node, string path, ViewOptions view)
    {
        foreach (var (key, value) in ctx.Entries(node, path, ConfigKeys.View))
        {
            if (key == "view")
                view.View = ctx.ReadText(value, path + ".view") ?? view.View;
            else
                view.Query = ctx.ReadText(value, path + ".query");
        }
    }

    // A tab is hard to type in YAML, so '\t' (backslash-t as written) and "tab" mean it too.
    private static char? ReadDelimiter(ConfigReadContext ctx, YamlNode node, string path)
    {
        var text = ctx.ReadText(node, path, trim: false);
        switch (text)
        {
            case null:
                return null;
            case "," or ";" or "\t":
                return text[0];
            case @"\t":
                return '\t';
        }

        if (text.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase))
            return null;
        if (text.Trim().Equals("tab", StringComparison.OrdinalIgnoreCase))
            return '\t';
        ctx.Error(path, $"'{text}' is not a delimiter; use ',' or ';' or '\\t' (tab), or auto to detect it from the header line.");
        return null;
    }

    private static void WarnOnLiteralPassword(ConfigReadContext ctx, YamlNode node, string path)
    {
        if (node is YamlScalarNode { Value: { } raw } && ConfigSecrets.HasLiteralPassword(raw))
        {
            ctx.Warning(path, "the connection string holds a password written in the file; leave it out and set "
                + $"{ConfigEnvironmentVariables.AgressoDbPassword} (or write Password=${{{ConfigEnvironmentVariables.AgressoDbPassword}}}).");
        }
    }
}
