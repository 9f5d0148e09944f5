using N2fSync.Agresso.SqlServer;

namespace N2fSync.Tests.Agresso.SqlServer;

/// <summary>
/// The round trip with the Windows PowerShell 5.1 driver path: connection-string rewriting and the connection made
/// from the inbox type name. Here that name reaches System.Data.SqlClient's NuGet build (same API and keywords as the
/// .NET Framework's own, which cannot run here).
/// </summary>
public sealed class SystemSqlClientRoundTripTests : SqlServerRoundTripTests
{
    private protected override SqlServerDriver Driver() => SystemSqlClientDriver.Inbox();

    [Fact]
    public void Is_named_as_the_framework_driver() => Assert.Equal("System.Data.SqlClient", Source().DriverName);
}
