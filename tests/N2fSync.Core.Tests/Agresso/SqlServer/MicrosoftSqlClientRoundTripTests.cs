using N2fSync.Agresso.SqlServer;

namespace N2fSync.Tests.Agresso.SqlServer;

/// <summary>The round trip with Microsoft.Data.SqlClient, the driver PowerShell 7 uses, as the module chooses it here.</summary>
public sealed class MicrosoftSqlClientRoundTripTests : SqlServerRoundTripTests
{
    private protected override SqlServerDriver Driver() => SqlServerDriver.For(RuntimeDescription.Current);

    [Fact]
    public void Is_the_driver_chosen_on_dotnet() => Assert.Equal("Microsoft.Data.SqlClient", Source().DriverName);
}
