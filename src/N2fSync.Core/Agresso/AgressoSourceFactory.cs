using N2fSync.Config;

namespace N2fSync.Agresso;

/// <summary>Builds the source the config describes. Only checks what it needs to build; files are opened when read.</summary>
public static class AgressoSourceFactory
{
    public static IAgressoSource Create(SourceOptions options)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        return options.Provider switch
        {
            SourceProvider.SqlServer => new SqlServerAgressoSource(options),
            SourceProvider.Sqlite => new SqliteAgressoSource(
                Require(options.Path, "source.path", "sqlite", "the database file"), options.CommandTimeoutSeconds),
            SourceProvider.Csv => new CsvAgressoSource(
                Require(options.Folder, "source.folder", "csv", "the folder of the CSV files"), options.Delimiter),
            _ => throw new AgressoSourceException($"source.provider '{options.Provider}' is not a known provider."),
        };
    }

    private static string Require(string? value, string key, string provider, string what) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new AgressoSourceException($"{provider} source: {key} is not set; it names {what}.")
            : value!;
}
