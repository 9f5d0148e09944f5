using N2fSync.Config;

namespace N2fSync.Tests.Config;

/// <summary>Plain http:// is for this machine only: the client secret and payloads must not cross a network in clear.</summary>
public sealed class ConfigTransportTests
{
    [Theory]
    [InlineData("http://localhost:8080/services/api/v2/")]
    [InlineData("http://LOCALHOST/api/")]
    [InlineData("http://127.0.0.1:5000/services/api/v2/")]
    [InlineData("http://127.10.20.30/api/")]
    [InlineData("http://[::1]:8080/api/")]
    [InlineData("http://[::ffff:127.0.0.1]/api/")]
    [InlineData("https://n2f.example.com/api/")]
    public void BaseUrl_HttpsOrLoopback_IsAcceptedWithoutWarning(string url)
    {
        var result = Validate($"n2f:\n  baseUrl: '{url}'\n");

        ConfigAssert.Valid(result);
        Assert.DoesNotContain(result.Warnings, w => w.Key == "n2f.baseUrl");
    }

    [Theory]
    [InlineData("http://n2f.example.com/services/api/v2/", "n2f.example.com")]
    [InlineData("HTTP://N2F.EXAMPLE.COM/services/api/v2/", "n2f.example.com")]
    [InlineData("http://10.0.0.5/api/", "10.0.0.5")]
    [InlineData("http://128.0.0.1/api/", "128.0.0.1")]
    [InlineData("http://[2001:db8::1]/api/", "[2001:db8::1]")]
    [InlineData("http://localhost.example.com/api/", "localhost.example.com")]
    public void BaseUrl_PlainHttpToAnotherHost_IsAnErrorAtItsLine(string url, string host)
    {
        var result = Validate($"n2f:\n  baseUrl: '{url}'\n");

        var error = ConfigAssert.SingleError(result, "n2f.baseUrl");
        Assert.Equal(5, error.Line);
        Assert.Contains($"plain http to {host}", error.Message);
        Assert.Contains("n2f.allowInsecureHttp: true", error.Message);
    }

    [Fact]
    public void BaseUrl_PlainHttpAllowedExplicitly_IsValidWithAWarning()
    {
        var result = Validate("n2f:\n  baseUrl: http://n2f-test.corp.local/api/\n  allowInsecureHttp: true\n");

        ConfigAssert.Valid(result);
        Assert.True(result.Config!.N2f.AllowInsecureHttp);
        Assert.Contains("unencrypted", ConfigAssert.SingleWarning(result, "n2f.baseUrl").Message);
    }

    [Fact]
    public void BaseUrl_PlainHttpFromTheEnvironment_ErrorNamesTheVariableNotALine()
    {
        using var folder = new ConfigTestFolder().WithEnv("N2F_BASE_URL", "http://n2f.example.com/api/");

        var result = folder.Validate(ConfigAssert.Minimal + "n2f:\n  baseUrl: https://www.n2f.com/services/api/v2/\n");

        var error = ConfigAssert.SingleError(result, "n2f.baseUrl");
        Assert.Null(error.Line);
        Assert.EndsWith("(value from environment variable N2F_BASE_URL).", error.Message);
    }

    [Fact]
    public void BaseUrl_PlainHttpFromTheEnvironmentAllowed_WarningNamesTheVariable()
    {
        using var folder = new ConfigTestFolder().WithEnv("N2F_BASE_URL", "http://n2f.example.com/api/");

        var result = folder.Validate(ConfigAssert.Minimal + "n2f:\n  allowInsecureHttp: yes\n");

        var warning = ConfigAssert.SingleWarning(result, "n2f.baseUrl");
        Assert.Null(warning.Line);
        Assert.Contains("N2F_BASE_URL", warning.Message);
    }

    [Fact]
    public void SandboxMismatch_WithUrlFromTheEnvironment_NamesTheVariable()
    {
        using var folder = new ConfigTestFolder().WithEnv("N2F_BASE_URL", "https://sandbox.n2f.com/services/api/v2/");

        var result = folder.Validate(ConfigAssert.Minimal);

        Assert.Contains("from environment variable N2F_BASE_URL", ConfigAssert.SingleWarning(result, "n2f.sandbox").Message);
    }

    [Fact]
    public void Proxy_PlainHttp_IsAccepted()
    {
        var result = Validate("n2f:\n  proxy: http://proxy.corp.local:8080\n");

        ConfigAssert.Valid(result);
        Assert.Equal("http://proxy.corp.local:8080", result.Config!.N2f.Proxy);
    }

    [Fact]
    public void Proxy_WithAPassword_IsAnErrorThatDoesNotShowIt()
    {
        var result = Validate("n2f:\n  proxy: http://svc-n2f:Pr0xy-Pa55@proxy.corp.local:8080\n");

        var error = ConfigAssert.SingleError(result, "n2f.proxy");
        Assert.Contains("user name or password", error.Message);
        Assert.DoesNotContain(result.Issues, i => i.ToString().Contains("Pr0xy-Pa55"));
    }

    [Fact]
    public void Webhook_PlainHttpToAnotherHost_IsAnErrorThatDoesNotShowTheUrl()
    {
        var result = Validate(Notify("    url: http://alerts.corp.local/hook/T0KEN-123\n"));

        var error = ConfigAssert.SingleError(result, "notify.webhook.url");
        Assert.Contains("notify.webhook.allowInsecureHttp: true", error.Message);
        Assert.DoesNotContain(result.Issues, i => i.ToString().Contains("T0KEN-123"));
    }

    [Fact]
    public void Webhook_PlainHttpAllowed_IsValidWithAWarning()
    {
        var result = Validate(Notify("    url: http://alerts.corp.local/hook\n    allowInsecureHttp: true\n"));

        ConfigAssert.Valid(result);
        Assert.Contains(result.Warnings, w => w.Key == "notify.webhook.url" && w.Message.Contains("unencrypted"));
    }

    [Fact]
    public void Webhook_PlainHttpToThisMachine_IsAccepted()
    {
        using var folder = new ConfigTestFolder().WithEnv("HOOK", "http://127.0.0.1:9000/hook");

        var result = folder.Validate(ConfigAssert.Minimal + Notify("    url: ${HOOK}\n"));

        ConfigAssert.Valid(result);
        Assert.DoesNotContain(result.Warnings, w => w.Key.StartsWith("notify", StringComparison.Ordinal));
    }

    private static string Notify(string webhook) => "notify:\n  webhook:\n" + webhook;

    [Theory]
    [InlineData("https://svc-n2f:Ch%C3%A0nge-me@www.n2f.com/services/api/v2/")]
    [InlineData("https://svc-n2f@www.n2f.com/services/api/v2/")]
    public void BaseUrl_WithACredentialInIt_IsAnError_ThatDoesNotRepeatIt(string url)
    {
        var result = Validate($"n2f:\n  baseUrl: '{url}'\n");

        var error = ConfigAssert.SingleError(result, "n2f.baseUrl");
        Assert.Contains("user name or password", error.Message);
        Assert.DoesNotContain("svc-n2f", result.Issues.Select(i => i.ToString()).Aggregate("", string.Concat));
    }

    [Fact]
    public void BaseUrl_NotAUrl_IsShownWithoutWhatStandsBeforeAnAt()
    {
        var result = Validate("n2f:\n  baseUrl: 'ftp://svc:S3cret@n2f.example.com'\n");

        var error = ConfigAssert.SingleError(result, "n2f.baseUrl");
        Assert.DoesNotContain("S3cret", error.ToString());
        Assert.Contains("ftp://***@n2f.example.com", error.ToString());
    }

    private static ConfigValidationResult Validate(string yaml)
    {
        using var folder = new ConfigTestFolder();
        folder.WriteFile("agresso.db", "");
        return folder.Validate(ConfigAssert.Minimal + yaml);
    }
}
