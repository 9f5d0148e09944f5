using System.Data.Common;
using Microsoft.Data.SqlClient;
using N2fSync.Config;

namespace N2fSync.Agresso.SqlServer;

/// <summary>
/// Microsoft.Data.SqlClient, the driver on PowerShell 7. The module ships its real .NET builds (the package's
/// netstandard2.0 assembly only throws PlatformNotSupportedException) and, for Windows, its native network library;
/// PowerShell 7's load context of the module finds both.
/// </summary>
internal sealed class MicrosoftSqlClientDriver : SqlServerDriver
{
    public override string Name => "Microsoft.Data.SqlClient";

    public override SqlServerConnectionString Prepare(SourceOptions options) =>
        SqlServerConnectionString.Of(BuildConnectionString(options), options.Password?.Reveal());

    public override DbConnection CreateConnection(string connectionString) => new SqlConnection(connectionString);

    /// <summary>The configured string as this driver reads it, the login from the options applied.</summary>
    internal static SqlConnectionStringBuilder BuildConnectionString(SourceOptions options)
    {
        var builder = SqlServerConnectionString.Parse(options.ConnectionString, s => new SqlConnectionStringBuilder(s));
        SqlServerConnectionString.ApplyLogin(builder, options.User, options.Password?.Reveal());
        return builder;
    }
}
