using N2fSync.Config;

namespace N2fSync.Tests.Config;

/// <summary>Every problem names the key path, the 1-based line and column, the bad value and what is allowed.</summary>
public sealed class ConfigErrorLocationTests
{
    [Fact]
    public void Load_UnknownProvider_ErrorNamesKeyAndLine()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate("n2f:\n  sandbox: true\nsource:\n  provider: oracle\n");

        var error = ConfigAssert.SingleError(result, "source.provider");
        Assert.Equal((4, 3), (error.Line, error.Column));
        Assert.Equal("'oracle' is not a provider; use sqlserver, sqlite or csv.", error.Message);
    }

    [Fact]
    public void ConfigException_Message_ListsEachErrorAsFileLineColumnKey()
    {
        using var folder = new ConfigTestFolder();
        folder.WriteFile("n2fsync.yaml", "source:\n  provider: oracle\nn2f:\n  pageSize: abc\n");

        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Load(folder.ConfigPath, folder.GetEnv));

        var lines = e.Message.Split([Environment.NewLine], StringSplitOptions.None);
        Assert.Equal(
        [
            $"{folder.ConfigPath}:2:3 source.provider: 'oracle' is not a provider; use sqlserver, sqlite or csv.",
            $"{folder.ConfigPath}:4:3 n2f.pageSize: 'abc' is not a whole number; use 1 to 200.",
        ], lines);
        Assert.Equal(2, e.Issues.Count(i => i.Severity == ConfigIssueSeverity.Error));
    }

    [Fact]
    public void Load_NonNumericPageSize_ErrorNamesValueAndRange()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "n2f:\n  pageSize: abc\n");

        var error = ConfigAssert.SingleError(result, "n2f.pageSize");
        Assert.Equal((5, 3), (error.Line, error.Column));
        Assert.Contains("'abc'", error.Message);
        Assert.Contains("1 to 200", error.Message);
    }

    [Fact]
    public void Load_NonBooleanSandbox_ErrorListsAllowedValues()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "n2f:\n  sandbox: maybe\n");

        var error = ConfigAssert.SingleError(result, "n2f.sandbox");
        Assert.Equal(5, error.Line);
        Assert.Contains("'maybe' is not true or false", error.Message);
    }

    [Fact]
    public void Load_PageSizeOutOfRange_ErrorNamesRange()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "n2f:\n  pageSize: 500\n");

        var error = ConfigAssert.SingleError(result, "n2f.pageSize");
        Assert.Equal(5, error.Line);
        Assert.Equal("500 is out of range; use 1 to 200.", error.Message);
    }

    [Fact]
    public void Load_UnknownKey_SuggestsClosestKey()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate("source:\n  provder: sqlite\n  path: ./a.db\n");

        var error = ConfigAssert.SingleError(result, "source.provder");
        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Contains("did you mean 'provider'?", error.Message);
    }

    [Fact]
    public void Load_SnakeCaseKey_SuggestsCamelCase()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "n2f:\n  page_size: 10\n");

        Assert.Contains("did you mean 'pageSize'?", ConfigAssert.SingleError(result, "n2f.page_size").Message);
    }

    [Fact]
    public void Load_UnknownKeyFarFromAny_ListsKnownKeys()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "store:\n  database: x\n");

        Assert.Contains("known keys: path", ConfigAssert.SingleError(result, "store.database").Message);
    }

    [Fact]
    public void Load_YamlSyntaxError_ReportsLine()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate("source:\n  provider: sqlite\n  path: ./a.db: x\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.NotNull(error.Column);
        Assert.StartsWith("YAML syntax error", error.Message);
    }

    [Fact]
    public void Load_UnclosedFlowList_ReportsSyntaxError()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "companies: [BE01, NL01\n");

        Assert.StartsWith("YAML syntax error", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Load_TabIndentation_ReportsTheTabbedLine()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate("source:\n  provider: sqlite\n\tpath: ./a.db\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("not tabs", error.Message);
    }

    [Fact]
    public void Load_SameKeyTwiceInDifferentCase_ErrorPointsAtSecond()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate("source:\n  provider: sqlite\n  Provider: csv\n  path: ./a.db\n");

        var error = ConfigAssert.SingleError(result, "source.Provider");
        Assert.Equal(3, error.Line);
        Assert.Contains("first on line 2", error.Message);
    }

    [Fact]
    public void Load_ListWhereValueExpected_ErrorNamesKey()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "n2f:\n  baseUrl: [a, b]\n");

        var error = ConfigAssert.SingleError(result, "n2f.baseUrl");
        Assert.Equal(5, error.Line);
        Assert.Contains("found a list", error.Message);
    }

    [Fact]
    public void Load_ValueWhereListExpected_ErrorNamesKey()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "companies: BE01\n");

        Assert.Contains("expected a list", ConfigAssert.SingleError(result, "companies").Message);
    }

    [Fact]
    public void Load_BadListItem_ErrorNamesItemIndexAndLine()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "users:\n  extraFields:\n    - ssoLogin\n    - sso_login2\n");

        var error = ConfigAssert.SingleError(result, "users.extraFields[1]");
        Assert.Equal((7, 7), (error.Line, error.Column));
        Assert.Contains("'sso_login2' is not an optional user field", error.Message);
    }

    [Fact]
    public void Load_SectionIsAValue_ErrorNamesSection()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "quotas: fast\n");

        var error = ConfigAssert.SingleError(result, "quotas");
        Assert.Equal(4, error.Line);
        Assert.Contains("expected keys under quotas", error.Message);
    }

    [Fact]
    public void Load_TwoDocuments_IsError()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "---\nname: other\n");

        Assert.Equal(5, Assert.Single(result.Errors).Line);
    }

    [Fact]
    public void Load_ExactDuplicateKey_ReportsSecondLine()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "  path: ./b.db\n");

        Assert.Equal(4, Assert.Single(result.Errors).Line);
    }

    [Fact]
    public void ThrowIfInvalid_ValidResult_ReturnsConfig()
    {
        var result = ConfigLoader.ValidateText(ConfigAssert.Minimal, null, _ => null);

        Assert.Same(result.Config, result.ThrowIfInvalid());
    }
}
