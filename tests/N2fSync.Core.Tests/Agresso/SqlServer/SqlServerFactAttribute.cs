namespace N2fSync.Tests.Agresso.SqlServer;

/// <summary>
/// A test that needs a real SQL Server holding samples/agresso-sample.sqlserver.sql: skipped, saying why, unless
/// N2FSYNC_TEST_SQLSERVER holds a connection string to it (the CI workflow's SQL Server job sets it).
/// </summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public const string Variable = "N2FSYNC_TEST_SQLSERVER";

    public SqlServerFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"{Variable} is not set: no SQL Server to test against here (the CI workflow's sqlserver job runs this).";
    }

    public static string ConnectionString => Environment.GetEnvironmentVariable(Variable) ?? "";
}
