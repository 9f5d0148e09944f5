using N2fSync.Config;

namespace N2fSync.Tests.Config;

public sealed class ConfigLoaderTests
{
    private const string FullExample = """
        source:
          provider: sqlite            # sqlserver | sqlite | csv
          path: ./agresso-sample.db
          # connectionString: "Server=sql01;Database=Agresso;Encrypt=True"
          users:     { view: iris_N2F_User }
          analytics: { view: iris_N2F_Analytics }
        n2f:
          baseUrl: https://sandbox.n2f.com/services/api/v2/
          clientId: ${N2F_CLIENT_ID}
          clientSecret: ${N2F_CLIENT_SECRET}
          sandbox: true
        store:
          path: ./n2fsync.db
        users:
          extraFields: [ssoLogin]
          missingManager: sendEmpty
        axes:
          vehicles: { type: VEHICULE, axis: vehicule, cultures: [fr, nl] }
        companies: [BE01]
        quotas:
          timeZone: Europe/Paris
          windowSeconds: 60
          day:   { reads: 60, writes: 10 }
          night: { reads: 200, writes: 50 }
        safety:
          maxDeleteCount: 50
          maxDeletePercent: 10
          protectedKeys: [admin@example.be]
        """;

    [Fact]
    public void Load_FullExample_MapsEverySection()
    {
        using var folder = new ConfigTestFolder().WithEnv("N2F_CLIENT_ID", "id-1").WithEnv("N2F_CLIENT_SECRET", "s3cret");

        var config = folder.Load(FullExample);

        Assert.Equal(SourceProvider.Sqlite, config.Source.Provider);
        Assert.Equal("id-1", config.N2f.ClientId);
        Assert.Equal("s3cret", config.N2f.ClientSecret?.Reveal());
        Assert.True(config.N2f.Sandbox);
        Assert.Equal(["ssoLogin"], config.Users.ExtraFields);
        Assert.Equal(MissingManagerPolicy.SendEmpty, config.Users.MissingManager);
        Assert.Equal(["BE01"], config.Companies);
        Assert.Equal(["admin@example.be"], config.Safety.ProtectedKeys);
        Assert.Equal(10, config.Quotas.Day.Writes);
        Assert.Equal(4, config.Axes.Count);
    }

    [Fact]
    public void Load_MinimalFile_KeepsDefaults()
    {
        using var folder = new ConfigTestFolder();

        var config = folder.Load(ConfigAssert.Minimal);

        Assert.Equal(200, config.N2f.PageSize);
        Assert.Equal(N2fDefaults.ProductionUrl, config.N2f.EffectiveBaseUrl);
        Assert.Equal("Europe/Paris", config.Quotas.TimeZone);
        Assert.Equal(50, config.Safety.MaxDeleteCount);
        Assert.Equal("iris_N2F_User", config.Source.Users.View);
        Assert.Null(config.Store.Path);
    }

    [Fact]
    public void Load_KeysAreCaseInsensitive()
    {
        using var folder = new ConfigTestFolder();

        var config = folder.Load("Source:\n  PROVIDER: SQLite\n  Path: ./a.db\nN2F:\n  PageSize: 50\n");

        Assert.Equal(50, config.N2f.PageSize);
        Assert.Equal(SourceProvider.Sqlite, config.Source.Provider);
    }

    [Fact]
    public void Load_NameDefaultsToFileNameWithoutExtension()
    {
        using var folder = new ConfigTestFolder();
        var path = folder.WriteFile("prod.site-a.yaml", ConfigAssert.Minimal);

        var config = ConfigLoader.Load(path, folder.GetEnv);

        Assert.Equal("prod.site-a", config.Name);
        Assert.Equal(path, config.FilePath);
    }

    [Fact]
    public void Load_NameKey_OverridesFileName()
    {
        using var folder = new ConfigTestFolder();

        var config = folder.Load(ConfigAssert.Minimal + "name: belgium\n");

        Assert.Equal("belgium", config.Name);
    }

    [Fact]
    public void Load_NameWithPathSeparator_IsError()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "name: a/b\n");

        Assert.Equal(4, ConfigAssert.SingleError(result, "name").Line);
    }

    [Fact]
    public void Parse_WithoutPath_NamesConfigN2fsync()
    {
        var config = ConfigLoader.Parse("source: { provider: csv, folder: ./csv }", null, _ => null);

        Assert.Equal("n2fsync", config.Name);
        Assert.Null(config.FilePath);
    }

    [Fact]
    public void Load_EmptyFile_ReportsMissingSqlitePath()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate("");

        var error = ConfigAssert.SingleError(result, "source.path");
        Assert.Contains("sqlite", error.Message);
    }

    [Fact]
    public void Load_MissingFile_SaysWhereItLookedAndHowToCreateOne()
    {
        using var folder = new ConfigTestFolder();
        var path = Path.Combine(folder.Root, "absent.yaml");

        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Load(path, folder.GetEnv));

        Assert.Contains(path, e.Message);
        Assert.Contains("New-N2fSyncConfig -Path", e.Message);
    }

    [Fact]
    public void Validate_MissingFile_ReturnsErrorWithoutThrowing()
    {
        using var folder = new ConfigTestFolder();

        var result = ConfigLoader.Validate(Path.Combine(folder.Root, "absent.yaml"), folder.GetEnv);

        Assert.False(result.IsValid);
        Assert.Null(result.Config);
        Assert.Single(result.Errors);
    }

    [Fact]
    public void Validate_FolderInsteadOfFile_SuggestsFilePath()
    {
        using var folder = new ConfigTestFolder();

        var result = ConfigLoader.Validate(folder.Root, folder.GetEnv);

        var message = Assert.Single(result.Errors).Message;
        Assert.Contains(Path.Combine(folder.Root, "n2fsync.yaml"), message);
        Assert.Contains("holds no n2fsync.yaml", message);
    }

    [Fact]
    public void Validate_FolderHoldingAConfig_NamesTheFileInIt()
    {
        using var folder = new ConfigTestFolder();
        folder.WriteFile("n2fsync.yaml", ConfigAssert.Minimal);

        var result = ConfigLoader.Validate(folder.Root, folder.GetEnv);

        Assert.EndsWith($"is a folder, not a config file; the config in it is '{folder.ConfigPath}'.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Validate_MissingFile_PointsAtTheConfigPathParameter()
    {
        using var folder = new ConfigTestFolder();

        var message = Assert.Single(ConfigLoader.Validate(Path.Combine(folder.Root, "absent.yaml"), folder.GetEnv).Errors).Message;

        Assert.Contains("point -ConfigPath or N2FSYNC_CONFIG", message);
    }

    [Fact]
    public void Validate_ValidFile_ReturnsConfigAndWarnings()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal);

        ConfigAssert.Valid(result);
        Assert.NotNull(result.Config);
        Assert.Contains(result.Warnings, w => w.Key == "source.path"); // ./agresso.db does not exist in the temp folder
    }

    [Fact]
    public void Validate_SeveralErrors_ReportsAllInFileOrder()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate("n2f:\n  pageSize: 0\n  timeoutSeconds: -1\nsource:\n  provider: oracle\n");

        Assert.Equal(["n2f.pageSize", "n2f.timeoutSeconds", "source.provider"], result.Errors.Select(e => e.Key));
    }

    [Fact]
    public void CheckReadyForN2f_NoCredentials_NamesBothWaysToSetThem()
    {
        var config = ConfigLoader.Parse("source: { provider: csv, folder: ./csv }", "n2fsync.yaml", _ => null);

        var issues = ConfigLoader.CheckReadyForN2f(config);

        Assert.Equal(["n2f.clientId", "n2f.clientSecret"], issues.Select(i => i.Key));
        Assert.All(issues, i => Assert.Contains("-Credential", i.Message));
        Assert.Contains("N2F_CLIENT_ID", issues[0].Message);
        Assert.Contains("N2F_CLIENT_SECRET", issues[1].Message);
    }

    [Fact]
    public void CheckReadyForN2f_CredentialsFromEnvironment_NoIssues()
    {
        var env = new Dictionary<string, string?> { ["N2F_CLIENT_ID"] = "id", ["N2F_CLIENT_SECRET"] = "secret" };
        var config = ConfigLoader.Parse("source: { provider: csv, folder: ./csv }", null, n => env.GetValueOrDefault(n));

        Assert.Empty(ConfigLoader.CheckReadyForN2f(config));
    }

    [Fact]
    public void ResolvePath_NoPath_UsesN2fsyncConfigVariable()
    {
        var path = ConfigLoader.ResolvePath(null, n => n == "N2FSYNC_CONFIG" ? "/etc/n2fsync/prod.yaml" : null);

        Assert.Equal("/etc/n2fsync/prod.yaml", path);
    }

    [Fact]
    public void ResolvePath_NothingSet_UsesN2fsyncYamlInCurrentDirectory()
    {
        var folder = Path.GetTempPath();

        Assert.Equal(Path.Combine(folder, "n2fsync.yaml"), ConfigLoader.ResolvePath(null, _ => null, folder));
    }
}
