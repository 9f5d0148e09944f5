using System.Text.Json;
using N2fSync.Config;

namespace N2fSync.Tests.Config;

/// <summary>A Secret shows as ******** wherever it is displayed or serialized; only the code that sends it reads it.</summary>
public sealed class SecretTests
{
    private const string ClientSecret = "Hunter2-Sécret'42";

    [Fact]
    public void ToString_IsMasked()
    {
        Secret secret = ClientSecret;

        Assert.Equal("********", secret.ToString());
        Assert.Equal("client secret ********", $"client secret {secret}");
    }

    [Fact]
    public void Reveal_GivesTheValueBack()
    {
        Secret secret = ClientSecret;

        Assert.Equal(ClientSecret, secret.Reveal());
    }

    [Fact]
    public void Type_HasNoPublicPropertyOrFieldASerializerCouldRead()
    {
        Assert.Empty(typeof(Secret).GetProperties());
        Assert.DoesNotContain(typeof(Secret).GetFields(), f => !f.IsLiteral);
    }

    [Fact]
    public void JsonOfAConfigWithEverySecretSet_HoldsNone()
    {
        var config = new N2fSyncConfig();
        config.N2f.ClientSecret = ClientSecret;
        config.Source.Password = "Agr3sso-DB!";
        config.Notify.Webhook = new WebhookOptions { Url = "https://hooks.example.com/services/T00/B00/XXXX" };
        config.Notify.Mail = new MailOptions { Password = "smtp-Pa55" };

        var json = JsonSerializer.Serialize(config);

        Assert.DoesNotContain("Hunter2", json);
        Assert.DoesNotContain("Agr3sso", json);
        Assert.DoesNotContain("XXXX", json);
        Assert.DoesNotContain("smtp-Pa55", json);
    }

    [Fact]
    public void ImplicitConversion_KeepsNullAsNull()
    {
        Secret? secret = (string?)null;

        Assert.Null(secret);
        Assert.True(Secret.IsNullOrEmpty(secret));
    }

    [Fact]
    public void IsNullOrEmpty_FalseForAValue_TrueForEmpty()
    {
        Assert.False(Secret.IsNullOrEmpty(new Secret("x")));
        Assert.True(Secret.IsNullOrEmpty(new Secret("")));
    }

    [Fact]
    public void TwoSecretsWithTheSameValue_AreNotEqual()
    {
        // Equality by value would let a script confirm a guess ($config.N2f.ClientSecret -eq 'guess').
        Assert.NotEqual(new Secret(ClientSecret), new Secret(ClientSecret));
    }
}
