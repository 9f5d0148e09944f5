using Microsoft.Data.SqlClient;
using N2fSync.Agresso;
using N2fSync.Agresso.SqlServer;
using N2fSync.Config;

namespace N2fSync.Tests.Agresso;

public sealed class SqlServerAgressoSourceTests
{
    private const string Password = "S3cr3t-Agr3sso!";

    [Fact]
    public void User_and_password_from_the_options_are_applied_as_a_sql_login()
    {
        var builder = MicrosoftSqlClientDriver.BuildConnectionString(new SourceOptions
        {
            ConnectionString = "Server=agresso.example.be;Database=AGRPROD;Integrated Security=true",
            User = "n2f_reader",
            Password = Password,
        });

        Assert.Equal("n2f_reader", builder.UserID);
        Assert.Equal(Password, builder.Password);
        Assert.False(builder.IntegratedSecurity);
        Assert.Equal("AGRPROD", builder.InitialCatalog);
    }

    [Fact]
    public void Without_user_or_password_the_connection_string_is_used_as_written()
    {
        const string written = "Server=agresso.example.be;Database=AGRPROD;Integrated Security=true";

        var builder = MicrosoftSqlClientDriver.BuildConnectionString(new SourceOptions { ConnectionString = written });

        Assert.Equal(new SqlConnectionStringBuilder(written).ConnectionString, builder.ConnectionString);
        Assert.True(builder.IntegratedSecurity);
    }

    [Fact]
    public void An_unreadable_connection_string_is_an_error_naming_the_key() =>
        Assert.Contains("source.connectionString", Assert.Throws<AgressoSourceException>(() =>
            new SqlServerAgressoSource(new SourceOptions { ConnectionString = "this is not a connection string" })).Message);

    [Fact]
    public void A_failed_connection_names_the_provider_and_server_but_never_the_password()
    {
        // Port 1 on loopback is closed: the driver fails fast (or, with the netstandard stub, throws
        // PlatformNotSupportedException); either way the wrapped message is what is checked.
        var source = new SqlServerAgressoSource(new SourceOptions
        {
            ConnectionString = $"Server=127.0.0.1,1;Database=AGRPROD;Connect Timeout=2;Password={Password}x",
            User = "n2f_reader",
            Password = Password,
        });

        var ex = Assert.Throws<AgressoSourceException>(() =>
            source.ReadRows(new AgressoView("iris_N2F_User", "SELECT 1"), CancellationToken.None).ToList());

        Assert.Contains("sqlserver", ex.Message);
        Assert.Contains("127.0.0.1,1", ex.Message);
        Assert.Contains("iris_N2F_User", ex.Message);
        Assert.DoesNotContain(Password, ex.ToString());
        Assert.DoesNotContain("Password", ex.Message, StringComparison.OrdinalIgnoreCase);
    }
}
