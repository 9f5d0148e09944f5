namespace N2fSync.Config;

/// <summary>
/// The environment variables the earlier tool read, kept so existing scheduled jobs keep working.
/// They override the file; cmdlet parameters override them.
/// </summary>
public static class ConfigEnvironmentVariables
{
    public const string N2fBaseUrl = "N2F_BASE_URL";
    public const string N2fClientId = "N2F_CLIENT_ID";
    public const string N2fClientSecret = "N2F_CLIENT_SECRET";
    public const string N2fSandbox = "N2F_SANDBOX";
    public const string AgressoDbUser = "AGRESSO_DB_USER";
    public const string AgressoDbPassword = "AGRESSO_DB_PASSWORD";

    /// <summary>Path of the config file when no -ConfigPath is given.</summary>
    public const string ConfigPath = "N2FSYNC_CONFIG";
}
