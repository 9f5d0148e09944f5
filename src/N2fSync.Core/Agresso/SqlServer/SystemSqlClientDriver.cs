using System.Data.Common;
using N2fSync.Config;

namespace N2fSync.Agresso.SqlServer;

/// <summary>
/// The .NET Framework's own System.Data.SqlClient (in System.Data.dll), the driver on Windows PowerShell 5.1. The
/// core targets netstandard2.0, which has no System.Data.SqlClient, so the connection type is found at run time and
/// used through <see cref="DbConnection"/>; connection strings are rewritten for it (<see cref="SystemSqlClientConnectionString"/>).
/// </summary>
internal sealed class SystemSqlClientDriver(Type connectionType) : SqlServerDriver
{
    /// <summary>SqlConnection in the .NET Framework's System.Data (4.0.0.0 is the assembly version of every 4.x framework).</summary>
    public const string InboxConnectionType =
        "System.Data.SqlClient.SqlConnection, System.Data, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089";

    public static SystemSqlClientDriver Inbox() =>
        new(Type.GetType(InboxConnectionType, throwOnError: false)
            ?? throw new AgressoSourceException(
                "sqlserver source: System.Data.SqlClient (the .NET Framework's System.Data) cannot be loaded in this session."));

    public override string Name => "System.Data.SqlClient";

    public override SqlServerConnectionString Prepare(SourceOptions options) =>
        SqlServerConnectionString.Of(SystemSqlClientConnectionString.Build(options), options.Password?.Reveal());

    public override DbConnection CreateConnection(string connectionString)
    {
        // The parameterless constructor and the ConnectionString property: an invalid string then throws the
        // driver's own ArgumentException, not a TargetInvocationException around it.
        var connection = (DbConnection)Activator.CreateInstance(connectionType)!;
        try
        {
            connection.ConnectionString = connectionString;
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
