namespace N2fSync.Config;

/// <summary>Checks <c>n2f:</c> after the environment overrides, since N2F_BASE_URL may be the bad value.</summary>
internal static class N2fRules
{
    public static void Check(ConfigReadContext ctx, string path, N2fOptions n2f)
    {
        if (CheckUrl(ctx, "n2f.baseUrl", n2f.BaseUrl) is { } baseUrl)
        {
            InsecureHttpRule.Check(ctx, "n2f.baseUrl", baseUrl, n2f.AllowInsecureHttp, "n2f.allowInsecureHttp", "the client secret and every payload");
            // The URL is shown in summaries, run history and verbose lines: it must never carry a credential.
            if (baseUrl.UserInfo.Length > 0)
                ctx.Error("n2f.baseUrl", "holds a user name or password; N2F authenticates with n2f.clientId and the client secret "
                    + "(N2F_CLIENT_SECRET, -Credential or the vault), never through the URL, which shows in run history and logs. Remove it.");
        }

        // A proxy may be plain http: an https call goes through it as a tunnel (CONNECT), still encrypted end to end.
        if (CheckUrl(ctx, "n2f.proxy", n2f.Proxy) is { UserInfo.Length: > 0 })
            ctx.Error("n2f.proxy", "holds a user name or password, which the proxy would never receive (it is reached with this "
                + "account's default credentials) and which would show wherever the config is shown; remove it.");
        WarnOnSandboxMismatch(ctx, n2f);
    }

    private static Uri? CheckUrl(ConfigReadContext ctx, string key, string? url)
    {
        if (url is null || ctx.HasFailed(key))
            return null;
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            return uri;
        ctx.Error(key, $"'{WithoutCredentials(url)}' is not an absolute http or https URL, e.g. {N2fDefaults.SandboxUrl}.");
        return null;
    }

    /// <summary>The URL as it may be shown: anything between the scheme and an '@' is masked.</summary>
    private static string WithoutCredentials(string url)
    {
        var at = url.IndexOf('@');
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        return at > 0 && scheme >= 0 && scheme < at ? url.Substring(0, scheme + 3) + "***" + url.Substring(at) : url;
    }

    // The sandbox flag changes payloads (authMode is always Integrated there): sending sandbox payloads to
    // production, or the reverse, is almost certainly a mistake, but a test server on another host is legitimate.
    private static void WarnOnSandboxMismatch(ConfigReadContext ctx, N2fOptions n2f)
    {
        if (!Uri.TryCreate(n2f.EffectiveBaseUrl, UriKind.Absolute, out var uri))
            return;
        var production = new Uri(N2fDefaults.ProductionUrl).Host;
        var sandbox = new Uri(N2fDefaults.SandboxUrl).Host;
        var url = ctx.VariableOf("n2f.baseUrl") is { } variable ? $"n2f.baseUrl (from environment variable {variable})" : "n2f.baseUrl";
        if (n2f.Sandbox && uri.Host.Equals(production, StringComparison.OrdinalIgnoreCase))
            ctx.Warning("n2f.sandbox", $"is true but {url} points at production ({uri.Host}); users would be sent with authMode Integrated.");
        else if (!n2f.Sandbox && uri.Host.Equals(sandbox, StringComparison.OrdinalIgnoreCase))
            ctx.Warning("n2f.sandbox", $"is false but {url} points at the sandbox ({uri.Host}); set sandbox: true.");
    }
}
