namespace N2fSync.Config;

/// <summary>Defaults of <c>source:</c>.</summary>
public static class SourceDefaults
{
    public const SourceProvider Provider = SourceProvider.Sqlite;

    /// <summary>SQL command timeout in seconds; 0 waits without limit.</summary>
    public const int CommandTimeoutSeconds = 300;

    public const string UsersView = "iris_N2F_User";
    public const string AnalyticsView = "iris_N2F_Analytics";
}
