using N2fSync.Config;

namespace N2fSync.Tests.Config;

public sealed class ConfigTemplateTests
{
    [Theory]
    [InlineData(SourceProvider.SqlServer)]
    [InlineData(SourceProvider.Sqlite)]
    [InlineData(SourceProvider.Csv)]
    public void Template_RoundTripsForEachProvider(SourceProvider provider)
    {
        var text = ConfigTemplate.Render(new ConfigTemplateOptions { Provider = provider });

        var result = ConfigLoader.ValidateText(text, "n2fsync.yaml", _ => null);

        ConfigAssert.Valid(result);
        Assert.Equal(provider, result.Config!.Source.Provider);
        Assert.True(result.Config.N2f.Sandbox);
        Assert.Equal(N2fDefaults.SandboxUrl, result.Config.N2f.BaseUrl);
    }

    [Fact]
    public void Template_DefaultsMatchTheLoaderDefaults()
    {
        var fromTemplate = ConfigLoader.Parse(ConfigTemplate.Render(new ConfigTemplateOptions { Sandbox = false }), null, _ => null);
        var fromNothing = ConfigLoader.Parse("source: { provider: sqlite, path: ./agresso.db }", null, _ => null);

        Assert.Equal(fromNothing.N2f.EffectiveBaseUrl, fromTemplate.N2f.EffectiveBaseUrl);
        Assert.Equal(fromNothing.N2f.PageSize, fromTemplate.N2f.PageSize);
        Assert.Equal(fromNothing.Source.CommandTimeoutSeconds, fromTemplate.Source.CommandTimeoutSeconds);
        Assert.Equal(fromNothing.Quotas.Night.Writes, fromTemplate.Quotas.Night.Writes);
        Assert.Equal(fromNothing.Safety.MaxDeletePercent, fromTemplate.Safety.MaxDeletePercent);
        Assert.Equal(fromNothing.Users.DefaultStructure, fromTemplate.Users.DefaultStructure);
        Assert.Equal(fromNothing.Axes.Keys.OrderBy(k => k), fromTemplate.Axes.Keys.OrderBy(k => k));
    }

    [Fact]
    public void Template_ConnectionStringWithSemicolonsAndEquals_RoundTrips()
    {
        const string cs = "Server=tcp:sql01,1433;Database=Agresso # prod;Encrypt=True;Application Name='N2fSync: job'";

        var config = ConfigLoader.Parse(ConfigTemplate.Render(new() { Provider = SourceProvider.SqlServer, ConnectionString = cs }), null, _ => null);

        Assert.Equal(cs, config.Source.ConnectionString);
    }

    [Fact]
    public void Template_WindowsPathWithBackslashesAndApostrophe_RoundTrips()
    {
        using var folder = new ConfigTestFolder();
        var path = @"C:\Data\Agresso's exports\agresso.db";
        File.WriteAllText(folder.ConfigPath, ConfigTemplate.Render(new() { Provider = SourceProvider.Sqlite, SqlitePath = path }));

        var config = ConfigLoader.Load(folder.ConfigPath, folder.GetEnv);

        // On Windows the path is already absolute; elsewhere it is relative and lands under the config folder.
        Assert.EndsWith(path, config.Source.Path);
    }

    [Fact]
    public void Template_CsvFolderWithApostrophe_RoundTrips()
    {
        var config = ConfigLoader.Parse(ConfigTemplate.Render(new() { Provider = SourceProvider.Csv, CsvFolder = "/srv/l'export" }), null, _ => null);

        Assert.Equal("/srv/l'export", config.Source.Folder);
    }

    [Fact]
    public void Template_ClientIdGiven_IsWrittenAndLoaded()
    {
        var text = ConfigTemplate.Render(new() { ClientId = "client-42", BaseUrl = "https://n2f.test/api/", Sandbox = false });

        var config = ConfigLoader.Parse(text, null, _ => null);

        Assert.Equal("client-42", config.N2f.ClientId);
        Assert.Equal("https://n2f.test/api/", config.N2f.BaseUrl);
        Assert.False(config.N2f.Sandbox);
    }

    [Fact]
    public void Template_NoClientId_LeavesItToEnvironment()
    {
        var text = ConfigTemplate.Render(new());

        Assert.Contains("# clientId: ${N2F_CLIENT_ID}", text);
        Assert.Equal("from-env", ConfigLoader.Parse(text, null, n => n == "N2F_CLIENT_ID" ? "from-env" : null).N2f.ClientId);
    }

    [Fact]
    public void Template_SecretsAppearOnlyAsReferences()
    {
        var text = ConfigTemplate.Render(new() { Provider = SourceProvider.SqlServer });

        Assert.Contains("# clientSecret: ${N2F_CLIENT_SECRET}", text);
        Assert.Contains("# password: ${AGRESSO_DB_PASSWORD}", text);
        Assert.Empty(ConfigLoader.ValidateText(text, null, _ => null).Warnings);
    }

    [Fact]
    public void Template_ConnectionStringWithPassword_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            ConfigTemplate.Render(new() { Provider = SourceProvider.SqlServer, ConnectionString = "Server=a;Password=Hunter2" }));

        Assert.Contains("AGRESSO_DB_PASSWORD", e.Message);
        Assert.DoesNotContain("Hunter2", e.Message);
    }

    [Theory]
    [InlineData(null, "./exports", null, SourceProvider.Csv)]
    [InlineData(null, null, "./agresso.db", SourceProvider.Sqlite)]
    [InlineData("Server=sql01;Database=Agresso", null, null, SourceProvider.SqlServer)]
    [InlineData(null, null, null, SourceProvider.Sqlite)]
    public void Template_LocationWithoutProvider_ImpliesItsProvider(string? connectionString, string? csvFolder, string? sqlitePath, SourceProvider expected)
    {
        var text = ConfigTemplate.Render(new() { ConnectionString = connectionString, CsvFolder = csvFolder, SqlitePath = sqlitePath });

        Assert.Equal(expected, ConfigLoader.Parse(text, null, _ => null).Source.Provider);
    }

    [Fact]
    public void Template_LocationOfAnotherProvider_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => ConfigTemplate.Render(new() { Provider = SourceProvider.Sqlite, CsvFolder = "./csv" }));

        Assert.StartsWith("-Provider Sqlite contradicts -CsvFolder, which is the location of a Csv source", e.Message);
        Assert.Equal("Provider", e.ParamName);
    }

    [Fact]
    public void Template_TwoLocations_AreRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => ConfigTemplate.Render(new() { SqlitePath = "./agresso.db", CsvFolder = "./csv" }));

        Assert.StartsWith("-SqlitePath and -CsvFolder name sources of different providers", e.Message);
    }

    [Fact]
    public void Template_HasNoLeftoverTokens()
    {
        Assert.DoesNotContain("{{", ConfigTemplate.Render(new() { Provider = SourceProvider.Csv }));
    }
}
