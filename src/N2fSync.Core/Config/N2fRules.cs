namespace N2fSync.Config;

/// <summary>Checks <c>n2f:</c> after the environment overrides, since N2F_BASE_URL may be the bad value.</summary>
internal static class N2fRules
{
    public static void Check(ConfigReadContext ctx, N2fOptions n2f)
    {
        CheckUrl(ctx, "n2f.baseUrl", n2f.BaseUrl);
        CheckUrl(ctx, "n2f.proxy", n2f.Proxy);
        RangeRule.Check(ctx, "n2f.pageSize", n2f.PageSize, 1, ConfigLimits.MaxPageSize, $"1 to {ConfigLimits.MaxPageSize}");
        RangeRule.AtLeast(ctx, "n2f.timeoutSeconds", n2f.TimeoutSeconds, 1, "a number of seconds above 0");
        RangeRule.AtLeast(ctx, "n2f.retryCount", n2f.RetryCount, 0, "a number of retries, 0 or more");
        RangeRule.AtLeast(ctx, "n2f.unreachableRetryCount", n2f.UnreachableRetryCount, 0, "a number of retries, 0 or more");
        RangeRule.Check(ctx, "n2f.retryBaseDelaySeconds", n2f.RetryBaseDelaySeconds, 0.001, 3600, "a number of seconds above 0");
        RangeRule.AtLeast(ctx, "n2f.tokenSafetyMarginSeconds", n2f.TokenSafetyMarginSeconds, 0, "a number of seconds, 0 or more");
        WarnOnSandboxMismatch(ctx, n2f);
    }

    private static void CheckUrl(ConfigReadContext ctx, string key, string? url)
    {
        if (url is null || ctx.HasFailed(key))
            return;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            ctx.Error(key, $"'{url}' is not an absolute http or https URL, e.g. {N2fOptions.SandboxUrl}.");
    }

    // The sandbox flag changes payloads (authMode is always Integrated there, domain 4.4): sending sandbox payloads to
    // production, or the reverse, is almost certainly a mistake, but a test server on another host is legitimate.
    private static void WarnOnSandboxMismatch(ConfigReadContext ctx, N2fOptions n2f)
    {
        if (!Uri.TryCreate(n2f.EffectiveBaseUrl, UriKind.Absolute, out var uri))
            return;
        var production = new Uri(N2fOptions.ProductionUrl).Host;
        var sandbox = new Uri(N2fOptions.SandboxUrl).Host;
        if (n2f.Sandbox && uri.Host.Equals(production, StringComparison.OrdinalIgnoreCase))
            ctx.Warning("n2f.sandbox", $"is true but n2f.baseUrl points at production ({uri.Host}); users would be sent with authMode Integrated.");
        else if (!n2f.Sandbox && uri.Host.Equals(sandbox, StringComparison.OrdinalIgnoreCase))
            ctx.Warning("n2f.sandbox", $"is false but n2f.baseUrl points at the sandbox ({uri.Host}); set sandbox: true.");
    }
}
