using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>Reads <c>n2f:</c>, the API account and how the client talks to it.</summary>
internal static class N2fSectionReader
{
    public static void Read(ConfigReadContext ctx, YamlNode node, N2fOptions n2f)
    {
        foreach (var (key, value) in ctx.Entries(node, "n2f", ConfigKeys.N2f))
        {
            var path = "n2f." + key;
            switch (key)
            {
                case "baseUrl":
                    n2f.BaseUrl = ctx.ReadText(value, path);
                    break;
                case "clientId":
                    n2f.ClientId = ctx.ReadText(value, path);
                    break;
                case "clientSecret":
                    n2f.ClientSecret = SecretReader.Read(ctx, value, path, ConfigEnvironmentVariables.N2fClientSecret);
                    break;
                case "clientSecretName":
                    n2f.ClientSecretName = ctx.ReadText(value, path);
                    break;
                case "secretVault":
                    n2f.SecretVault = ctx.ReadText(value, path);
                    break;
                case "sandbox":
                    n2f.Sandbox = ctx.ReadBool(value, path) ?? n2f.Sandbox;
                    break;
                case "tokenSafetyMarginSeconds":
                    n2f.TokenSafetyMarginSeconds = ctx.ReadInt(value, path, "a number of seconds, 0 or more") ?? n2f.TokenSafetyMarginSeconds;
                    break;
                case "pageSize":
                    n2f.PageSize = ctx.ReadInt(value, path, $"1 to {ConfigLimits.MaxPageSize}") ?? n2f.PageSize;
                    break;
                case "timeoutSeconds":
                    n2f.TimeoutSeconds = ctx.ReadInt(value, path, "a number of seconds above 0") ?? n2f.TimeoutSeconds;
                    break;
                case "retryCount":
                    n2f.RetryCount = ctx.ReadInt(value, path, "a number of retries, 0 or more") ?? n2f.RetryCount;
                    break;
                case "unreachableRetryCount":
                    n2f.UnreachableRetryCount = ctx.ReadInt(value, path, "a number of retries, 0 or more") ?? n2f.UnreachableRetryCount;
                    break;
                case "retryBaseDelaySeconds":
                    n2f.RetryBaseDelaySeconds = ctx.ReadNumber(value, path, "a number of seconds above 0") ?? n2f.RetryBaseDelaySeconds;
                    break;
                case "proxy":
                    n2f.Proxy = ctx.ReadText(value, path);
                    break;
            }
        }
    }
}
