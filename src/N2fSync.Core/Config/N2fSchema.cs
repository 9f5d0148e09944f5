

namespace N2fSync.Config;

/// <summary>The keys of <c>n2f:</c>, the API account and how the client talks to it.</summary>
internal static class N2fSchema
{
    public static readonly ConfigSection<N2fOptions> Section = new("n2f",
    [
        Option.Url<N2fOptions>("baseUrl", n => n.BaseUrl, (n, v) => n.BaseUrl = v, "API base URL.")
            with { DefaultNote = "production, or the sandbox when `sandbox` is true", Example = "https://n2f.example.com/services/api/v2/" },
        Option.Text<N2fOptions>("clientId", n => n.ClientId, (n, v) => n.ClientId = v, "API client id.")
            with { DefaultNote = "`N2F_CLIENT_ID`", Example = "client-42" },
        Option.SecretValue<N2fOptions>("clientSecret", ConfigEnvironmentVariables.N2fClientSecret, n => n.ClientSecret, (n, v) => n.ClientSecret = v,
            "API client secret.") with { DefaultNote = "`N2F_CLIENT_SECRET`", Example = "s3cret" },
        Option.Text<N2fOptions>("clientSecretName", n => n.ClientSecretName, (n, v) => n.ClientSecretName = v,
            "Name of the client secret in a SecretManagement vault.") with { Example = "N2fClientSecret" },
        Option.Text<N2fOptions>("secretVault", n => n.SecretVault, (n, v) => n.SecretVault = v,
            "The SecretManagement vault of every `…SecretName` key.") with { DefaultNote = "default vault", Example = "CorpVault" },
        Option.Flag<N2fOptions>("sandbox", n => n.Sandbox, (n, v) => n.Sandbox = v, "The sandbox account.") with { Example = "true" },
        Option.Flag<N2fOptions>("allowInsecureHttp", n => n.AllowInsecureHttp, (n, v) => n.AllowInsecureHttp = v,
            "Allows a plain `http://` `baseUrl` to a host other than this machine.") with { Example = "true" },
        Option.WholeNumber<N2fOptions>("tokenSafetyMarginSeconds", OptionRange.AtLeast(0, "a number of seconds, 0 or more"),
            n => n.TokenSafetyMarginSeconds, (n, v) => n.TokenSafetyMarginSeconds = v, "Renew the token this long before it expires.") with { Example = "30" },
        Option.WholeNumber<N2fOptions>("pageSize", OptionRange.Between(1, N2fDefaults.MaxPageSize, $"1 to {N2fDefaults.MaxPageSize}"),
            n => n.PageSize, (n, v) => n.PageSize = v, "Items per page when reading lists.") with { Example = "50" },
        Option.WholeNumber<N2fOptions>("timeoutSeconds", OptionRange.AtLeast(1, "a number of seconds above 0"),
            n => n.TimeoutSeconds, (n, v) => n.TimeoutSeconds = v, "Timeout of one HTTP call.") with { Example = "30" },
        Option.WholeNumber<N2fOptions>("retryCount", OptionRange.AtLeast(0, "a number of retries, 0 or more"),
            n => n.RetryCount, (n, v) => n.RetryCount = v, "Retries of a call that failed transiently.") with { Example = "3" },
        Option.WholeNumber<N2fOptions>("unreachableRetryCount", OptionRange.AtLeast(0, "a number of retries, 0 or more"),
            n => n.UnreachableRetryCount, (n, v) => n.UnreachableRetryCount = v,
            "Retries of a call nothing answered while N2F has not answered once.") with { Example = "1" },
        Option.Number<N2fOptions>("retryBaseDelaySeconds",
            OptionRange.Between(0.001, N2fDefaults.MaxRetryBaseDelaySeconds, $"a number of seconds from 0.001 to {N2fDefaults.MaxRetryBaseDelaySeconds}"),
            n => n.RetryBaseDelaySeconds, (n, v) => n.RetryBaseDelaySeconds = v, "First retry delay, in seconds.") with { Example = "0.5" },
        Option.Url<N2fOptions>("proxy", n => n.Proxy, (n, v) => n.Proxy = v, "HTTP proxy to use instead of the system's.")
            with { DefaultNote = "the system proxy", Example = "http://proxy.example.com:8080" },
    ], N2fRules.Check);
}
