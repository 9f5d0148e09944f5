

namespace N2fSync.Config;

/// <summary>The N2F API account and how the client talks to it.</summary>
public sealed class N2fOptions
{
    /// <summary>Base URL of the API, ending with a slash. Default: production, or the sandbox when Sandbox is set.</summary>
    public string? BaseUrl { get; set; }

    public string? ClientId { get; set; }

    /// <summary>From N2F_CLIENT_SECRET, -Credential, a vault or a ${VAR} reference; never written to the file by the module.</summary>
    public Secret? ClientSecret { get; set; }

    /// <summary>Name of the client secret in a SecretManagement vault, read when no secret came from elsewhere.</summary>
    public string? ClientSecretName { get; set; }

    /// <summary>SecretManagement vault holding the secrets; null means the default vault.</summary>
    public string? SecretVault { get; set; }

    /// <summary>Sandbox account: users are always sent with authMode Integrated there.</summary>
    public bool Sandbox { get; set; }

    /// <summary>
    /// Allows a plain http:// base URL to a host other than this machine. Off: such a URL is a configuration error,
    /// since the client secret and every payload would cross the network unencrypted.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    public int TokenSafetyMarginSeconds { get; set; } = N2fDefaults.TokenSafetyMarginSeconds;
    public int PageSize { get; set; } = N2fDefaults.PageSize;
    public int TimeoutSeconds { get; set; } = N2fDefaults.TimeoutSeconds;

    /// <summary>Retries of a call that failed transiently (5xx, 408, 429, timeout, dropped connection).</summary>
    public int RetryCount { get; set; } = N2fDefaults.RetryCount;

    /// <summary>
    /// Retries of a call nothing answered (connection refused, unknown host, timeout) while N2F has not answered once
    /// in the session: a wrong URL or a stopped service fails in seconds instead of the whole retry budget.
    /// </summary>
    public int UnreachableRetryCount { get; set; } = N2fDefaults.UnreachableRetryCount;

    /// <summary>First retry delay; later ones grow exponentially, with jitter.</summary>
    public double RetryBaseDelaySeconds { get; set; } = N2fDefaults.RetryBaseDelaySeconds;

    /// <summary>HTTP proxy URL; null uses the system proxy.</summary>
    public string? Proxy { get; set; }

    public string EffectiveBaseUrl
    {
        get
        {
            var url = string.IsNullOrWhiteSpace(BaseUrl) ? (Sandbox ? N2fDefaults.SandboxUrl : N2fDefaults.ProductionUrl) : BaseUrl!.Trim();
            return url.EndsWith("/", StringComparison.Ordinal) ? url : url + "/";
        }
    }

    /// <summary>The target, e.g. <c>https://www.n2f.com/services/api/v2/ (client id 4711)</c>; never the secret.</summary>
    public override string ToString()
    {
        var details = new List<string>();
        if (Sandbox) details.Add("sandbox");
        if (!string.IsNullOrWhiteSpace(ClientId)) details.Add("client id " + ClientId!.Trim());
        return details.Count == 0 ? EffectiveBaseUrl : $"{EffectiveBaseUrl} ({string.Join(", ", details)})";
    }
}
