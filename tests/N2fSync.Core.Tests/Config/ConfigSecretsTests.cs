using N2fSync.Config;

namespace N2fSync.Tests.Config;

/// <summary>Secrets may be in the file but are warned about, and their values never reach a message.</summary>
public sealed class ConfigSecretsTests
{
    [Fact]
    public void Load_LiteralSecret_WarnsWithoutEchoingIt()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "n2f:\n  clientSecret: Hunter2-Secret\n");

        ConfigAssert.Valid(result);
        var warning = ConfigAssert.SingleWarning(result, "n2f.clientSecret");
        Assert.Equal(5, warning.Line);
        Assert.Contains("N2F_CLIENT_SECRET", warning.Message);
        Assert.Contains("***", warning.Message);
        Assert.DoesNotContain(result.Issues, i => i.ToString().Contains("Hunter2-Secret"));
        Assert.Equal("Hunter2-Secret", result.Config!.N2f.ClientSecret?.Reveal());
    }

    [Fact]
    public void Load_LiteralSourcePassword_WarnsNamingAgressoVariable()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "  password: db-pass-123\n");

        var warning = ConfigAssert.SingleWarning(result, "source.password");
        Assert.Contains("AGRESSO_DB_PASSWORD", warning.Message);
        Assert.DoesNotContain("db-pass-123", warning.ToString());
    }

    [Fact]
    public void Load_SecretAsReference_DoesNotWarn()
    {
        using var folder = new ConfigTestFolder().WithEnv("MY_SECRET", "value");

        var result = folder.Validate(ConfigAssert.Minimal + "n2f:\n  clientSecret: ${MY_SECRET}\n");

        Assert.DoesNotContain(result.Warnings, w => w.Key == "n2f.clientSecret");
    }

    [Fact]
    public void Load_ConnectionStringWithLiteralPassword_WarnsWithoutEchoingIt()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate("source:\n  provider: sqlserver\n  connectionString: Server=sql01;User ID=sa;Password=Pa55word\n");

        var warning = ConfigAssert.SingleWarning(result, "source.connectionString");
        Assert.Contains("AGRESSO_DB_PASSWORD", warning.Message);
        Assert.DoesNotContain("Pa55", warning.ToString());
    }

    [Fact]
    public void Load_ConnectionStringWithPasswordReference_DoesNotWarn()
    {
        using var folder = new ConfigTestFolder().WithEnv("AGRESSO_DB_PASSWORD", "x");

        var result = folder.Validate("source:\n  provider: sqlserver\n  connectionString: Server=sql01;Password=${AGRESSO_DB_PASSWORD}\n");

        ConfigAssert.Valid(result);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Load_SecretInWrongShape_ErrorDoesNotEchoIt()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "n2f:\n  clientSecret: [TopSecretValue]\n");

        var error = ConfigAssert.SingleError(result, "n2f.clientSecret");
        Assert.DoesNotContain("TopSecretValue", error.ToString());
    }

    [Fact]
    public void Load_PasswordInConnectionString_IsMovedToSourcePassword()
    {
        using var folder = new ConfigTestFolder();

        var config = folder.Load("source:\n  provider: sqlserver\n  connectionString: Server=sql01;User ID=reader;Password=Pa55word;Encrypt=True\n");

        Assert.Equal("Server=sql01;User ID=reader;Encrypt=True", config.Source.ConnectionString);
        Assert.Equal("Pa55word", config.Source.Password?.Reveal());
    }

    [Fact]
    public void Load_PasswordReferenceInConnectionString_IsMovedAfterExpansion()
    {
        using var folder = new ConfigTestFolder().WithEnv("AGRESSO_DB_PASSWORD", "Agr'esso;42");

        var config = folder.Load("source:\n  provider: sqlserver\n  connectionString: 'Server=sql01;Password=\"${AGRESSO_DB_PASSWORD}\"'\n");

        Assert.Equal("Server=sql01", config.Source.ConnectionString);
        Assert.Equal("Agr'esso;42", config.Source.Password?.Reveal());
    }

    [Fact]
    public void Load_PasswordInConnectionStringAndEnvironment_EnvironmentWins()
    {
        using var folder = new ConfigTestFolder().WithEnv("AGRESSO_DB_PASSWORD", "from-env");

        var config = folder.Load("source:\n  provider: sqlserver\n  connectionString: Pwd=in-file;Server=sql01\n");

        Assert.Equal("Server=sql01", config.Source.ConnectionString);
        Assert.Equal("from-env", config.Source.Password?.Reveal());
    }

    [Fact]
    public void Config_ToString_NamesSourceAndTargetWithoutSecrets()
    {
        using var folder = new ConfigTestFolder().WithEnv("N2F_CLIENT_SECRET", "n2f-s3cret");

        var config = folder.Load("source:\n  provider: sqlserver\n  connectionString: Server=sql01;Database=Agresso;Password=Pa55word\n"
            + "n2f:\n  sandbox: true\n  clientId: client-42\n");

        Assert.Equal("sqlserver 'Server=sql01;Database=Agresso' → https://sandbox.n2f.com/services/api/v2/ (sandbox, client id client-42)",
            config.ToString());
    }

    [Theory]
    [InlineData("Server=a;Password=abc;Encrypt=True", "Server=a;Password=***;Encrypt=True")]
    [InlineData("Server=a; pwd = 'x;y' ;Encrypt=True", "Server=a; pwd = *** ;Encrypt=True")]
    [InlineData("Password=\"p\"\"q\"", "Password=***")]
    [InlineData("Server=a;Integrated Security=True", "Server=a;Integrated Security=True")]
    public void MaskConnectionString_HidesPasswordOnly(string connectionString, string expected)
    {
        Assert.Equal(expected, ConfigSecrets.MaskConnectionString(connectionString));
    }
}
