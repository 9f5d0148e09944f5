using N2fSync.Config;

namespace N2fSync.Tests.Config;

/// <summary>store:, cache:, logging: and dataQuality: — what the local store keeps and what the source checks add.</summary>
public sealed class ConfigStoreTests
{
    [Fact]
    public void Load_NothingSaid_CacheOnForAnHourCappedAt100MbWithFreshSyncReads()
    {
        using var folder = new ConfigTestFolder();

        var config = folder.Load(ConfigAssert.Minimal);

        Assert.Equal((true, 60, 100, true), (config.Cache.Enabled, config.Cache.TtlMinutes, config.Cache.MaxMegabytes, config.Cache.SyncReadsFresh));
        Assert.Equal(400, config.Store.RetentionDays);
        Assert.Null(config.Logging.Json);
    }

    [Fact]
    public void Load_CacheAndRetention_AreRead()
    {
        using var folder = new ConfigTestFolder();

        var config = folder.Load(ConfigAssert.Minimal
            + "store:\n  retentionDays: 30\ncache: { enabled: no, ttlMinutes: 5, maxMegabytes: 20, syncReadsFresh: false }\n");

        Assert.Equal((false, 5, 20, false), (config.Cache.Enabled, config.Cache.TtlMinutes, config.Cache.MaxMegabytes, config.Cache.SyncReadsFresh));
        Assert.Equal(30, config.Store.RetentionDays);
    }

    [Fact]
    public void Load_RetentionOfZeroDays_ErrorAtItsLine()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "store:\n  retentionDays: 0\n");

        var error = ConfigAssert.SingleError(result, "store.retentionDays");
        Assert.Equal(5, error.Line);
    }

    [Fact]
    public void Load_LoggingJsonRelativePath_IsReadFromTheConfigFolder()
    {
        using var folder = new ConfigTestFolder();

        var config = folder.Load(ConfigAssert.Minimal + "logging:\n  json: ./logs/n2fsync.jsonl\n");

        Assert.Equal(Path.Combine(folder.Root, "logs", "n2fsync.jsonl"), config.Logging.Json);
    }

    [Fact]
    public void Load_MaxLengthOfOneField_KeepsTheOtherDefaults()
    {
        using var folder = new ConfigTestFolder();

        var config = folder.Load(ConfigAssert.Minimal + "dataQuality:\n  maxLength:\n    jobTitle: 60\n    description: 0\n");

        Assert.Equal(60, config.DataQuality.MaxLength["jobTitle"]);
        Assert.Equal(0, config.DataQuality.MaxLength["description"]);
        Assert.Equal(100, config.DataQuality.MaxLength["lastname"]);
        Assert.Equal(50, config.DataQuality.MaxLength["code"]);
    }

    [Fact]
    public void Load_MaxLengthOfAnUnknownField_SuggestsTheClosest()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "dataQuality:\n  maxLength:\n    jobtitel: 60\n");

        Assert.Contains("did you mean 'jobTitle'", ConfigAssert.SingleError(result, "dataQuality.maxLength.jobtitel").Message);
    }

    [Fact]
    public void Load_NegativeMaxLength_IsAnError()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "dataQuality:\n  maxLength:\n    lastname: -1\n");

        ConfigAssert.SingleError(result, "dataQuality.maxLength.lastname");
    }
}
