using System.Text.RegularExpressions;

namespace N2fSync.Config;

/// <summary>
/// Renders the commented starter <c>n2fsync.yaml</c> from the embedded template. Values are single-quoted so
/// connection strings (; =), Windows paths (\) and apostrophes survive; secrets only ever appear as references.
/// </summary>
public static class ConfigTemplate
{
    private const string ResourceName = "N2fSync.Config.n2fsync.template.yaml";
    private const string SampleConnectionString = "Server=sql01;Database=Agresso;Encrypt=True";
    private const string SampleSqlitePath = "./agresso.db";
    private const string SampleCsvFolder = "./csv";

    private static readonly Regex Token = new(@"\{\{(\w+)\}\}", RegexOptions.CultureInvariant);

    public static string Render(ConfigTemplateOptions o)
    {
        if (o is null)
            throw new ArgumentNullException(nameof(o));
        if (o.ConnectionString is { } cs && ConfigSecrets.HasLiteralPassword(cs))
        {
            throw new ArgumentException(
                $"The connection string holds a password; leave it out and set {ConfigEnvironmentVariables.AgressoDbPassword} "
                + "(or pass -SourceCredential), so the file holds no secret.", nameof(o.ConnectionString));
        }

        var provider = ConfigTemplateProvider.Resolve(o);
        var sandbox = o.Sandbox;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["provider"] = SourceSchema.ProviderName(provider),
            ["sqlserver"] = CommentUnless(provider == SourceProvider.SqlServer),
            ["sqlite"] = CommentUnless(provider == SourceProvider.Sqlite),
            ["csv"] = CommentUnless(provider == SourceProvider.Csv),
            ["connectionString"] = YamlQuote(o.ConnectionString ?? SampleConnectionString),
            ["sqlitePath"] = YamlQuote(o.SqlitePath ?? SampleSqlitePath),
            ["csvFolder"] = YamlQuote(o.CsvFolder ?? SampleCsvFolder),
            ["baseUrl"] = YamlQuote(o.BaseUrl ?? (sandbox ? N2fDefaults.SandboxUrl : N2fDefaults.ProductionUrl)),
            ["sandbox"] = sandbox ? "true" : "false",
            ["clientIdComment"] = CommentUnless(!string.IsNullOrWhiteSpace(o.ClientId)),
            ["clientId"] = string.IsNullOrWhiteSpace(o.ClientId) ? "${" + ConfigEnvironmentVariables.N2fClientId + "}" : YamlQuote(o.ClientId!),
        };

        // One pass, so a value that happens to contain {{...}} is never substituted again.
        return Token.Replace(ReadTemplate(), m => values.TryGetValue(m.Groups[1].Value, out var v)
            ? v
            : throw new InvalidOperationException($"The config template has an unknown token {m.Value}."));
    }

    /// <summary>
    /// A single-quoted YAML scalar: nothing inside is special except the quote, doubled. A ${VAR} reference is kept
    /// as written, so it is expanded when the file is loaded.
    /// </summary>
    internal static string YamlQuote(string value)
    {
        if (value.IndexOfAny(['\r', '\n']) >= 0)
            throw new ArgumentException("A config value cannot span lines.", nameof(value));
        return "'" + value.Replace("'", "''") + "'";
    }

    private static string CommentUnless(bool active) => active ? "" : "# ";

    private static string ReadTemplate()
    {
        using var stream = typeof(ConfigTemplate).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
