using N2fSync.Config;

namespace N2fSync.Tests.Config;

/// <summary>${VAR} references and the earlier tool's variables: defaults &lt; file &lt; environment.</summary>
public sealed class ConfigEnvironmentTests
{
    [Fact]
    public void Load_EnvVariableOverridesFile()
    {
        using var folder = new ConfigTestFolder().WithEnv("N2F_BASE_URL", "https://n2f.test/api/").WithEnv("N2F_CLIENT_ID", "from-env");

        var config = folder.Load(ConfigAssert.Minimal + "n2f:\n  baseUrl: https://www.n2f.com/services/api/v2/\n  clientId: from-file\n");

        Assert.Equal("https://n2f.test/api/", config.N2f.BaseUrl);
        Assert.Equal("from-env", config.N2f.ClientId);
    }

    [Fact]
    public void Load_EnvVariables_FillEveryMappedKey()
    {
        using var folder = new ConfigTestFolder()
            .WithEnv("N2F_CLIENT_SECRET", "n2f-secret")
            .WithEnv("N2F_SANDBOX", "1")
            .WithEnv("AGRESSO_DB_USER", "reader")
            .WithEnv("AGRESSO_DB_PASSWORD", "db-secret");

        var config = folder.Load(ConfigAssert.Minimal);

        Assert.Equal("n2f-secret", config.N2f.ClientSecret?.Reveal());
        Assert.True(config.N2f.Sandbox);
        Assert.Equal("reader", config.Source.User);
        Assert.Equal("db-secret", config.Source.Password?.Reveal());
    }

    [Fact]
    public void Load_EmptyEnvVariable_DoesNotOverrideFile()
    {
        using var folder = new ConfigTestFolder().WithEnv("N2F_CLIENT_ID", "").WithEnv("N2F_SANDBOX", " ");

        var config = folder.Load(ConfigAssert.Minimal + "n2f:\n  clientId: from-file\n  sandbox: true\n");

        Assert.Equal("from-file", config.N2f.ClientId);
        Assert.True(config.N2f.Sandbox);
    }

    [Theory]
    [InlineData("false", true, false)]
    [InlineData("no", true, false)]
    [InlineData("0", true, false)]
    [InlineData("yes", false, true)]
    [InlineData("TRUE", false, true)]
    public void Load_SandboxEnvVariable_AcceptsEarlierToolSpellings(string value, bool inFile, bool expected)
    {
        using var folder = new ConfigTestFolder().WithEnv("N2F_SANDBOX", value);

        var config = folder.Load(ConfigAssert.Minimal + $"n2f:\n  sandbox: {(inFile ? "true" : "false")}\n");

        Assert.Equal(expected, config.N2f.Sandbox);
    }

    [Fact]
    public void Load_InvalidSandboxEnvVariable_ErrorNamesVariable()
    {
        using var folder = new ConfigTestFolder().WithEnv("N2F_SANDBOX", "maybe");

        var result = folder.Validate(ConfigAssert.Minimal);

        var error = ConfigAssert.SingleError(result, "n2f.sandbox");
        Assert.Null(error.Line);
        Assert.Contains("N2F_SANDBOX", error.Message);
        Assert.Contains("'maybe'", error.Message);
    }

    [Fact]
    public void Load_InvalidBaseUrlFromEnv_ErrorNamesVariableNotALine()
    {
        using var folder = new ConfigTestFolder().WithEnv("N2F_BASE_URL", "n2f.example");

        var result = folder.Validate(ConfigAssert.Minimal + "n2f:\n  baseUrl: https://www.n2f.com/services/api/v2/\n");

        var error = ConfigAssert.SingleError(result, "n2f.baseUrl");
        Assert.Null(error.Line);
        Assert.EndsWith("(value from environment variable N2F_BASE_URL).", error.Message);
    }

    [Fact]
    public void Load_EnvReference_IsExpandedInAnyScalar()
    {
        using var folder = new ConfigTestFolder().WithEnv("AGRESSO_HOST", "sql01").WithEnv("PAGE", "50");

        var config = folder.Load("source:\n  provider: sqlserver\n  connectionString: Server=${AGRESSO_HOST};Database=Agresso\nn2f:\n  pageSize: ${PAGE}\n");

        Assert.Equal("Server=sql01;Database=Agresso", config.Source.ConnectionString);
        Assert.Equal(50, config.N2f.PageSize);
    }

    [Fact]
    public void Load_EnvReferenceWithDefault_UsesDefaultWhenUnset()
    {
        using var folder = new ConfigTestFolder();

        var config = folder.Load(ConfigAssert.Minimal + "quotas:\n  timeZone: ${N2F_TZ:-UTC}\n");

        Assert.Equal("UTC", config.Quotas.TimeZone);
    }

    [Fact]
    public void Load_EnvReferenceWithDefault_PrefersVariable()
    {
        using var folder = new ConfigTestFolder().WithEnv("N2F_TZ", "Europe/Brussels");

        var config = folder.Load(ConfigAssert.Minimal + "quotas:\n  timeZone: ${N2F_TZ:-UTC}\n");

        Assert.Equal("Europe/Brussels", config.Quotas.TimeZone);
    }

    [Fact]
    public void Load_UndefinedEnvReference_ErrorNamesVariable()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "n2f:\n  clientSecret: ${N2F_SECRET_X}\n");

        var error = ConfigAssert.SingleError(result, "n2f.clientSecret");
        Assert.Equal(5, error.Line);
        Assert.Contains("N2F_SECRET_X is not set", error.Message);
    }

    [Fact]
    public void Load_UnclosedEnvReference_IsError()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "n2f:\n  clientId: ${N2F_CLIENT_ID\n");

        Assert.Contains("without a closing", ConfigAssert.SingleError(result, "n2f.clientId").Message);
    }

    [Fact]
    public void Load_DoubledDollar_WritesLiteralReference()
    {
        using var folder = new ConfigTestFolder();

        var config = folder.Load(ConfigAssert.Minimal + "users:\n  defaultRole: $${NOT_A_VAR}\n");

        Assert.Equal("${NOT_A_VAR}", config.Users.DefaultRole);
    }
}
