using System.Data.Common;
using N2fSync.Agresso.SqlServer;
using N2fSync.Config;

namespace N2fSync.Agresso;

/// <summary>
/// Reads the views from Agresso's SQL Server database, with a SQL login or Windows integrated security, through the
/// driver that loads in this runtime: Microsoft.Data.SqlClient on PowerShell 7, System.Data.SqlClient on Windows
/// PowerShell 5.1.
/// </summary>
public sealed class SqlServerAgressoSource : DbAgressoSource
{
    private readonly SqlServerDriver _driver;
    private readonly SqlServerConnectionString _connection;

    public SqlServerAgressoSource(SourceOptions options)
        : this(options, null)
    {
    }

    internal SqlServerAgressoSource(SourceOptions options, SqlServerDriver? driver)
        : base((options ?? throw new ArgumentNullException(nameof(options))).CommandTimeoutSeconds)
    {
        _driver = driver ?? SqlServerDriver.For(RuntimeDescription.Current);
        _connection = _driver.Prepare(options);
    }

    public override string Provider => "sqlserver";

    /// <summary>The driver's name (Microsoft.Data.SqlClient or System.Data.SqlClient), for diagnostics.</summary>
    public string DriverName => _driver.Name;

    protected override string Location => _connection.Location;

    protected override DbConnection CreateConnection() => _driver.CreateConnection(_connection.Value);

    // Drivers do not echo passwords today; this guarantees it stays so. A very short password may blank out
    // innocent letters of a message, which is the better failure.
    protected override string Redact(string message) =>
        _connection.Secrets.Aggregate(message, (text, secret) => text.Replace(secret, "***"));
}
