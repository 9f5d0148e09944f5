using N2fSync.Agresso.SqlServer;

namespace N2fSync.Tests.Agresso.SqlServer;

public sealed class SqlServerDriverChoiceTests
{
    [Theory]
    [InlineData(".NET Framework 4.8.9290.0")]
    [InlineData(".NET Framework 4.7.2558.0")]
    public void Windows_PowerShell_5_1_gets_the_frameworks_own_system_data_sqlclient(string framework) =>
        Assert.Equal(SqlServerDriverKind.SystemSqlClient, SqlServerDriver.ChooseFor(new RuntimeDescription(framework)));

    [Theory]
    [InlineData(".NET 8.0.11")]
    [InlineData(".NET 9.0.0")]
    [InlineData(".NET 10.0.12")]
    public void PowerShell_7_gets_microsoft_data_sqlclient(string framework) =>
        Assert.Equal(SqlServerDriverKind.MicrosoftSqlClient, SqlServerDriver.ChooseFor(new RuntimeDescription(framework)));

    [Fact]
    public void This_runtime_is_described_as_dotnet_not_dotnet_framework() =>
        Assert.False(RuntimeDescription.Current.IsNetFramework, RuntimeDescription.Current.ToString());

    [Fact]
    public void The_frameworks_driver_is_found_by_the_type_name_windows_powershell_knows()
    {
        // System.Data, Version=4.0.0.0 is the .NET Framework's assembly; .NET's System.Data facade forwards the type to
        // System.Data.SqlClient, which this test project references, so the same name is resolved here.
        using var connection = SystemSqlClientDriver.Inbox().CreateConnection("Server=agresso.example.be;Encrypt=True");

        Assert.Equal("System.Data.SqlClient.SqlConnection", connection.GetType().FullName);
    }
}
