using N2fSync.Agresso;
using N2fSync.Config;

namespace N2fSync.Tests.Agresso;

public sealed class AgressoSourceFactoryTests
{
    [Theory]
    [InlineData(SourceProvider.SqlServer, "sqlserver", typeof(SqlServerAgressoSource))]
    [InlineData(SourceProvider.Sqlite, "sqlite", typeof(SqliteAgressoSource))]
    [InlineData(SourceProvider.Csv, "csv", typeof(CsvAgressoSource))]
    public void Creates_the_source_of_the_configured_provider(SourceProvider provider, string name, Type type)
    {
        var source = AgressoSourceFactory.Create(new SourceOptions
        {
            Provider = provider,
            ConnectionString = "Server=agresso.example.be;Database=AGRPROD;Integrated Security=true",
            Path = "agresso.db",
            Folder = "exports",
        });

        Assert.IsType(type, source);
        Assert.Equal(name, source.Provider);
    }

    [Theory]
    [InlineData(SourceProvider.SqlServer, "source.connectionString")]
    [InlineData(SourceProvider.Sqlite, "source.path")]
    [InlineData(SourceProvider.Csv, "source.folder")]
    public void A_missing_location_is_an_error_naming_its_config_key(SourceProvider provider, string key)
    {
        var ex = Assert.Throws<AgressoSourceException>(() => AgressoSourceFactory.Create(new SourceOptions { Provider = provider }));

        Assert.Contains(key, ex.Message);
    }

    [Fact]
    public void The_csv_delimiter_comes_from_the_options()
    {
        var source = (CsvAgressoSource)AgressoSourceFactory.Create(new SourceOptions
        {
            Provider = SourceProvider.Csv, Folder = "exports", Delimiter = ';',
        });

        Assert.Equal(';', source.Delimiter);
    }
}
