// System.Data.SqlClient is deprecated on .NET; its API is what Windows PowerShell 5.1 has, so it is what is tested here.
#pragma warning disable CS0618

using System.Data.Common;
using N2fSync.Agresso;
using N2fSync.Agresso.SqlServer;
using N2fSync.Config;
using SystemBuilder = System.Data.SqlClient.SqlConnectionStringBuilder;

namespace N2fSync.Tests.Agresso.SqlServer;

/// <summary>What a config written for Microsoft.Data.SqlClient becomes for the .NET Framework's System.Data.SqlClient.</summary>
public sealed class SystemSqlClientConnectionStringTests
{
    private const string Server = "Server=agresso.example.be;Database=AGRPROD";
    private const string Password = "S3cr3t-Agr3sso!";

    private static DbConnectionStringBuilder Build(string connectionString, string? user = null, string? password = null) =>
        SystemSqlClientConnectionString.Build(new SourceOptions { ConnectionString = connectionString, User = user, Password = password });

    private static string Refusal(string connectionString) =>
        Assert.Throws<AgressoSourceException>(() => Build(connectionString, "n2f_reader", Password)).Message;

    [Fact]
    public void An_absent_encrypt_is_written_true_because_microsoft_data_sqlclient_encrypts_by_default()
    {
        var written = Build(Server);

        Assert.Equal("True", written["Encrypt"]);
        Assert.Equal(Microsoft.Data.SqlClient.SqlConnectionEncryptOption.Mandatory,
            new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(Server).Encrypt);
        Assert.False(new SystemBuilder(Server).Encrypt);
    }

    [Theory]
    [InlineData("Mandatory", "True")]
    [InlineData("true", "True")]
    [InlineData("yes", "True")]
    [InlineData("Optional", "False")]
    [InlineData("False", "False")]
    [InlineData("no", "False")]
    public void Encrypt_is_written_as_the_boolean_of_the_same_meaning(string written, string expected) =>
        Assert.Equal(expected, Build($"{Server};Encrypt={written}")["Encrypt"]);

    [Fact]
    public void Strict_encryption_is_refused_with_the_way_out() =>
        Assert.Contains("PowerShell 7.4", Refusal($"{Server};Encrypt=Strict"));

    [Theory]
    [InlineData("Trust Server Certificate=true", "TrustServerCertificate")]
    [InlineData("Application Intent=ReadOnly", "ApplicationIntent")]
    [InlineData("Multi Subnet Failover=True", "MultiSubnetFailover")]
    [InlineData("Multiple Active Result Sets=false", "MultipleActiveResultSets")]
    [InlineData("Connect Retry Count=3", "ConnectRetryCount")]
    [InlineData("Pool Blocking Period=NeverBlock", "PoolBlockingPeriod")]
    [InlineData("Connection Timeout=30", "Connect Timeout")]
    [InlineData("UID=n2f_reader", "User ID")]
    public void Newer_spellings_are_written_as_the_framework_spells_them(string keyword, string frameworkSpelling)
    {
        var written = Build($"{Server};{keyword}");

        Assert.Equal(keyword.Split('=')[1], written[frameworkSpelling]);
    }

    [Fact]
    public void The_result_is_read_by_system_data_sqlclient_with_the_same_meaning()
    {
        var written = Build($"{Server};Integrated Security=true;Application Intent=ReadOnly;Multi Subnet Failover=True;"
                            + "Trust Server Certificate=true;Connect Timeout=20", "n2f_reader", Password);

        var read = new SystemBuilder(written.ConnectionString);

        Assert.Equal(("agresso.example.be", "AGRPROD"), (read.DataSource, read.InitialCatalog));
        Assert.Equal(("n2f_reader", Password, false), (read.UserID, read.Password, read.IntegratedSecurity));
        Assert.Equal(System.Data.SqlClient.ApplicationIntent.ReadOnly, read.ApplicationIntent);
        Assert.True(read.MultiSubnetFailover && read.TrustServerCertificate && read.Encrypt);
        Assert.Equal(20, read.ConnectTimeout);
    }

    [Fact]
    public void Without_a_login_in_the_options_integrated_security_is_kept()
    {
        var written = Build($"{Server};Integrated Security=SSPI");

        Assert.Equal("SSPI", written["Integrated Security"]);
        Assert.False(written.ContainsKey("User ID"));
    }

    [Fact]
    public void Sql_password_authentication_is_kept_in_the_frameworks_spelling() =>
        Assert.Equal("Sql Password", Build($"{Server};Authentication=SqlPassword")["Authentication"]);

    [Theory]
    [InlineData("ActiveDirectoryManagedIdentity")]
    [InlineData("Active Directory Integrated")]
    [InlineData("ActiveDirectoryDefault")]
    public void Entra_id_authentication_is_refused_naming_what_works_instead(string method)
    {
        var message = Refusal($"{Server};Authentication={method}");

        Assert.Contains(method, message);
        Assert.Contains("Integrated Security=True", message);
        Assert.Contains("PowerShell 7.4", message);
    }

    [Theory]
    [InlineData("Host Name In Certificate=agresso.example.be")]
    [InlineData("Server Certificate=C:\\certs\\agresso.cer")]
    [InlineData("Server SPN=MSSQLSvc/agresso.example.be")]
    [InlineData("IP Address Preference=IPv6First")]
    public void Keywords_only_microsoft_data_sqlclient_understands_are_refused_by_name(string keyword)
    {
        var message = Refusal($"{Server};{keyword}");

        Assert.Contains(keyword.Split('=')[0], message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("source.connectionString", message);
    }

    [Fact]
    public void Command_timeout_is_dropped_because_the_source_sets_every_commands_timeout() =>
        Assert.False(Build($"{Server};Command Timeout=600").ContainsKey("Command Timeout"));

    [Fact]
    public void An_unknown_keyword_is_refused_by_name() =>
        Assert.Contains("'databse'", Refusal("Server=agresso.example.be;Databse=AGRPROD"));

    [Fact]
    public void No_refusal_shows_the_password()
    {
        var ex = Assert.Throws<AgressoSourceException>(() =>
            Build($"{Server};Password={Password};Host Name In Certificate=x", "n2f_reader", Password));

        Assert.DoesNotContain(Password, ex.ToString());
    }

    [Fact]
    public void Every_keyword_microsoft_data_sqlclient_knows_has_a_decision_for_the_framework_driver()
    {
        // A driver update that adds a keyword fails here until the translation decides what it becomes on 5.1.
        var keywords = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder().Keys.Cast<string>();

        Assert.All(keywords, k => Assert.True(SystemSqlClientKeywords.ToSystem.ContainsKey(k), k));
    }
}
