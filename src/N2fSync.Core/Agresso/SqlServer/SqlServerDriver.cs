using System.Data.Common;
using System.Runtime.CompilerServices;
using N2fSync.Config;

namespace N2fSync.Agresso.SqlServer;

/// <summary>
/// An ADO.NET driver for SQL Server: the connection string it understands and the connections it opens. Two exist
/// because no single driver loads everywhere the module runs: Microsoft.Data.SqlClient on PowerShell 7 (.NET 8+),
/// the .NET Framework's own System.Data.SqlClient on Windows PowerShell 5.1, where Microsoft.Data.SqlClient's
/// .NET Framework build would need a native package the module cannot ship.
/// </summary>
internal abstract class SqlServerDriver
{
    /// <summary>The driver's assembly name, for messages and diagnostics.</summary>
    public abstract string Name { get; }

    /// <summary>The configured connection string with the login applied, written for this driver.</summary>
    public abstract SqlServerConnectionString Prepare(SourceOptions options);

    /// <summary>A new, closed connection.</summary>
    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>The driver for the runtime the module runs on.</summary>
    public static SqlServerDriver For(RuntimeDescription runtime) =>
        ChooseFor(runtime) == SqlServerDriverKind.SystemSqlClient ? SystemSqlClientDriver.Inbox() : MicrosoftSqlClient();

    // Kept out of line so compiling For on .NET Framework never touches a type that refers to Microsoft.Data.SqlClient,
    // which the module does not ship for it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SqlServerDriver MicrosoftSqlClient() => new MicrosoftSqlClientDriver();

    /// <summary>
    /// .NET Framework (Windows PowerShell 5.1, Azure Automation's 5.1 sandboxes) gets its inbox System.Data.SqlClient;
    /// every .NET (Core) runtime, which is PowerShell 7 on any OS, gets Microsoft.Data.SqlClient.
    /// </summary>
    public static SqlServerDriverKind ChooseFor(RuntimeDescription runtime) =>
        runtime.IsNetFramework ? SqlServerDriverKind.SystemSqlClient : SqlServerDriverKind.MicrosoftSqlClient;
}

internal enum SqlServerDriverKind
{
    MicrosoftSqlClient,
    SystemSqlClient,
}
