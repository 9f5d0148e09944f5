

namespace N2fSync.Config;

/// <summary>Defaults and limits of <c>n2f:</c>.</summary>
public static class N2fDefaults
{
    public const string ProductionUrl = "https://www.n2f.com/services/api/v2/";
    public const string SandboxUrl = "https://sandbox.n2f.com/services/api/v2/";

    public const int TokenSafetyMarginSeconds = 60;

    /// <summary>N2F serves at most 200 items per page.</summary>
    public const int PageSize = 200;
    public const int MaxPageSize = 200;

    public const int TimeoutSeconds = 100;
    public const int RetryCount = 6;

    /// <summary>While N2F has never answered in a session: a wrong URL or a stopped service fails in seconds.</summary>
    public const int UnreachableRetryCount = 2;
    public const double RetryBaseDelaySeconds = 2;

    /// <summary>Above an hour a "retry" is really a new run.</summary>
    public const double MaxRetryBaseDelaySeconds = 3600;
}
