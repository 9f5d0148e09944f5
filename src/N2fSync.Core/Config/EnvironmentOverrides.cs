

namespace N2fSync.Config;

/// <summary>
/// Applies the earlier tool's environment variables over the file (precedence: defaults &lt; file &lt; environment
/// &lt; cmdlet parameters). An empty variable does not override: scheduled jobs often define them blank.
/// </summary>
internal static class EnvironmentOverrides
{
    public static void Apply(ConfigReadContext ctx, N2fSyncConfig config)
    {
        Text(ctx, ConfigEnvironmentVariables.N2fBaseUrl, "n2f.baseUrl", v => config.N2f.BaseUrl = v.Trim());
        Text(ctx, ConfigEnvironmentVariables.N2fClientId, "n2f.clientId", v => config.N2f.ClientId = v.Trim());
        Text(ctx, ConfigEnvironmentVariables.N2fClientSecret, "n2f.clientSecret", v => config.N2f.ClientSecret = v);
        Text(ctx, ConfigEnvironmentVariables.AgressoDbUser, "source.user", v => config.Source.User = v.Trim());
        Text(ctx, ConfigEnvironmentVariables.AgressoDbPassword, "source.password", v => config.Source.Password = v);

        var sandbox = ctx.GetEnvironmentVariable(ConfigEnvironmentVariables.N2fSandbox);
        if (string.IsNullOrWhiteSpace(sandbox))
            return;
        ctx.RecordOverride("n2f.sandbox", ConfigEnvironmentVariables.N2fSandbox);
        if (ConfigBoolean.TryParse(sandbox!, out var value))
            config.N2f.Sandbox = value;
        else
            ctx.Error("n2f.sandbox", $"'{sandbox!.Trim()}' is not true or false; use {ConfigBoolean.Allowed}");
    }

    private static void Text(ConfigReadContext ctx, string variable, string key, Action<string> set)
    {
        var value = ctx.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(value))
            return;
        ctx.RecordOverride(key, variable);
        set(value!);
    }
}
