using N2fSync.Config;

namespace N2fSync.Tests.Config;

/// <summary>Relative paths are read from the config file's folder, so a scheduled job finds the same files.</summary>
public sealed class ConfigPathTests
{
    [Fact]
    public void Load_RelativeSqlitePath_ResolvesAgainstConfigFolder()
    {
        using var folder = new ConfigTestFolder();

        var config = folder.Load("source:\n  provider: sqlite\n  path: data/agresso.db\n");

        Assert.Equal(Path.Combine(folder.Root, "data", "agresso.db"), config.Source.Path);
    }

    [Fact]
    public void Load_ConfigInSubfolder_ResolvesAgainstThatFolder()
    {
        using var folder = new ConfigTestFolder();
        var path = folder.WriteFile(Path.Combine("conf", "site.yaml"), "source:\n  provider: csv\n  folder: ../exports\nstore:\n  path: ./site.db\n");

        var config = ConfigLoader.Load(path, folder.GetEnv);

        Assert.Equal(Path.Combine(folder.Root, "exports"), config.Source.Folder);
        Assert.Equal(Path.Combine(folder.Root, "conf", "site.db"), config.Store.Path);
    }

    [Fact]
    public void Load_RelativeQueryPath_ResolvesAgainstConfigFolder()
    {
        using var folder = new ConfigTestFolder();
        folder.WriteFile(Path.Combine("sql", "users.sql"), "select 1");

        var config = folder.Load(ConfigAssert.Minimal + "  users: { query: ./sql/users.sql }\n");

        Assert.Equal(Path.Combine(folder.Root, "sql", "users.sql"), config.Source.Users.Query);
    }

    [Fact]
    public void Load_MissingQueryFile_IsErrorNamingThePath()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "  analytics: { query: ./sql/analytics.sql }\n");

        var error = ConfigAssert.SingleError(result, "source.analytics.query");
        Assert.Equal(4, error.Line);
        Assert.Contains(Path.Combine(folder.Root, "sql", "analytics.sql"), error.Message);
    }

    [Fact]
    public void Load_TildePath_ExpandsToHome()
    {
        using var folder = new ConfigTestFolder();

        var config = folder.Load(ConfigAssert.Minimal + "store:\n  path: ~/n2fsync/store.db\n");

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.Equal(Path.Combine(home, "n2fsync", "store.db"), config.Store.Path);
    }

    [Fact]
    public void Load_AbsolutePath_IsKept()
    {
        using var folder = new ConfigTestFolder();
        var absolute = Path.Combine(folder.Root, "elsewhere", "agresso.db");

        var config = folder.Load($"source:\n  provider: sqlite\n  path: '{absolute}'\n");

        Assert.Equal(absolute, config.Source.Path);
    }

    [Fact]
    public void Parse_WithoutFilePath_ResolvesAgainstCurrentDirectory()
    {
        var config = ConfigLoader.Parse("source: { provider: sqlite, path: agresso.db }", null, _ => null);

        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "agresso.db"), config.Source.Path);
    }

    [Fact]
    public void Load_ExistingSqliteFile_NoWarning()
    {
        using var folder = new ConfigTestFolder();
        folder.WriteFile("agresso.db", "");

        var result = folder.Validate(ConfigAssert.Minimal);

        ConfigAssert.Valid(result);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Load_MissingCsvFolder_WarnsButIsValid()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate("source:\n  provider: csv\n  folder: ./exports\n");

        ConfigAssert.Valid(result);
        Assert.Equal(3, ConfigAssert.SingleWarning(result, "source.folder").Line);
    }
}
