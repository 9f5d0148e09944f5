using N2fSync.Config;

namespace N2fSync.Tests.Config;

/// <summary>Value rules checked at load, each located at the key that breaks it.</summary>
public sealed class ConfigRulesTests
{
    [Theory]
    [InlineData("sqlserver", "source.connectionString")]
    [InlineData("sqlite", "source.path")]
    [InlineData("csv", "source.folder")]
    public void Load_ProviderWithoutLocation_ErrorNamesRequiredKeyAtProviderLine(string provider, string requiredKey)
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate($"name: test\nsource:\n  provider: {provider}\n");

        var error = ConfigAssert.SingleError(result, requiredKey);
        Assert.Equal(3, error.Line);
        Assert.Contains(provider, error.Message);
    }

    [Theory]
    [InlineData("','", ',')]
    [InlineData("';'", ';')]
    [InlineData("\"\\t\"", '\t')]
    [InlineData("'\\t'", '\t')]
    [InlineData("tab", '\t')]
    public void Load_Delimiter_AcceptsCommaSemicolonTab(string yaml, char expected)
    {
        using var folder = new ConfigTestFolder();

        var config = folder.Load($"source:\n  provider: csv\n  folder: ./csv\n  delimiter: {yaml}\n");

        Assert.Equal(expected, config.Source.Delimiter);
    }

    [Fact]
    public void Load_DelimiterAuto_MeansDetect()
    {
        using var folder = new ConfigTestFolder();

        var config = folder.Load("source:\n  provider: csv\n  folder: ./csv\n  delimiter: auto\n");

        Assert.Null(config.Source.Delimiter);
    }

    [Fact]
    public void Load_UnsupportedDelimiter_ErrorListsAllowed()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate("source:\n  provider: csv\n  folder: ./csv\n  delimiter: '|'\n");

        var error = ConfigAssert.SingleError(result, "source.delimiter");
        Assert.Equal(4, error.Line);
        Assert.Contains("'|' is not a delimiter", error.Message);
    }

    [Theory]
    [InlineData("sandbox.n2f.com/services/api/v2/")]
    [InlineData("ftp://sandbox.n2f.com/")]
    public void Load_BaseUrlNotHttp_IsError(string url)
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + $"n2f:\n  baseUrl: {url}\n");

        Assert.Equal(5, ConfigAssert.SingleError(result, "n2f.baseUrl").Line);
    }

    [Fact]
    public void Load_SandboxFlagWithProductionUrl_Warns()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "n2f:\n  baseUrl: https://www.n2f.com/services/api/v2/\n  sandbox: true\n");

        ConfigAssert.Valid(result);
        Assert.Contains("production", ConfigAssert.SingleWarning(result, "n2f.sandbox").Message);
    }

    [Fact]
    public void Load_ZeroTimeout_IsError()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "n2f:\n  timeoutSeconds: 0\n");

        Assert.Equal(5, ConfigAssert.SingleError(result, "n2f.timeoutSeconds").Line);
    }

    [Theory]
    [InlineData("Europe/Paris")]
    [InlineData("Europe/Brussels")]
    [InlineData("UTC")]
    public void Load_KnownTimeZone_IsAccepted(string zone)
    {
        using var folder = new ConfigTestFolder();

        var config = folder.Load(ConfigAssert.Minimal + $"quotas:\n  timeZone: {zone}\n");

        Assert.Equal(zone, config.Quotas.TimeZone);
    }

    [Fact]
    public void Load_UnknownTimeZone_IsError()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "quotas:\n  timeZone: Mars/Olympus\n");

        var error = ConfigAssert.SingleError(result, "quotas.timeZone");
        Assert.Equal(5, error.Line);
        Assert.Contains("'Mars/Olympus'", error.Message);
    }

    [Theory]
    [InlineData("6h")]
    [InlineData("25:00")]
    [InlineData("6:00")]
    public void Load_DayStartsNotHHmm_IsError(string value)
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + $"quotas:\n  dayStarts: '{value}'\n");

        Assert.Contains("HH:mm", ConfigAssert.SingleError(result, "quotas.dayStarts").Message);
    }

    [Fact]
    public void Load_DayAndNightStartTogether_IsError()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "quotas:\n  dayStarts: '08:00'\n  nightStarts: '08:00'\n");

        Assert.Equal(6, ConfigAssert.SingleError(result, "quotas.nightStarts").Line);
    }

    [Theory]
    [InlineData("windowSeconds: 0", "quotas.windowSeconds")]
    [InlineData("day: { reads: 60, writes: 0 }", "quotas.day.writes")]
    [InlineData("night: { reads: -1 }", "quotas.night.reads")]
    public void Load_NonPositiveQuota_IsError(string yaml, string key)
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + $"quotas:\n  {yaml}\n");

        Assert.Equal(5, ConfigAssert.SingleError(result, key).Line);
    }

    [Fact]
    public void Load_SmallTestWindow_IsAccepted()
    {
        using var folder = new ConfigTestFolder();

        var config = folder.Load(ConfigAssert.Minimal + "quotas:\n  windowSeconds: 1\n  day: { reads: 6, writes: 1 }\n");

        Assert.Equal(1, config.Quotas.WindowSeconds);
        Assert.Equal(1, config.Quotas.Day.Writes);
        Assert.Equal(200, config.Quotas.Night.Reads);
    }

    [Theory]
    [InlineData("maxDeleteCount: -1", "safety.maxDeleteCount")]
    [InlineData("maxDeletePercent: 150", "safety.maxDeletePercent")]
    [InlineData("maxDeletePercent: -0.5", "safety.maxDeletePercent")]
    public void Load_DeleteGuardOutOfRange_IsError(string yaml, string key)
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + $"safety:\n  {yaml}\n");

        Assert.Equal(5, ConfigAssert.SingleError(result, key).Line);
    }

    [Fact]
    public void Load_DeleteGuardZero_IsAccepted()
    {
        using var folder = new ConfigTestFolder();

        var config = folder.Load(ConfigAssert.Minimal + "safety:\n  maxDeleteCount: 0\n  maxDeletePercent: 2.5\n");

        Assert.Equal(0, config.Safety.MaxDeleteCount);
        Assert.Equal(2.5, config.Safety.MaxDeletePercent);
    }

    [Fact]
    public void Load_ExtraFields_StoredInCanonicalSpelling()
    {
        using var folder = new ConfigTestFolder();

        var config = folder.Load(ConfigAssert.Minimal + "users:\n  extraFields: [SSOLOGIN, defaultCostCenter, ssoLogin]\n");

        Assert.Equal(["ssoLogin", "defaultCostCenter"], config.Users.ExtraFields);
    }

    [Fact]
    public void Load_UnknownMissingManagerPolicy_ErrorListsPolicies()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "users:\n  missingManager: skip\n");

        Assert.Contains("use fail or sendEmpty", ConfigAssert.SingleError(result, "users.missingManager").Message);
    }

    [Fact]
    public void Load_InvalidViewName_IsError()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "  users: { view: 'x; drop table y' }\n");

        Assert.Equal(4, ConfigAssert.SingleError(result, "source.users.view").Line);
    }

    [Fact]
    public void Load_EmptyListItem_IsError()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "companies: [BE01, '']\n");

        Assert.Equal(4, ConfigAssert.SingleError(result, "companies[1]").Line);
    }
}
