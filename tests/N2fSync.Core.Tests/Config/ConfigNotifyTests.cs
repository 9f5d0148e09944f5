using N2fSync.Config;

namespace N2fSync.Tests.Config;

/// <summary>notify: which events are told, to a webhook and by mail; its secrets are never echoed.</summary>
public sealed class ConfigNotifyTests
{
    private const string FullNotify = """
        notify:
          on: [Failed, PartialFailure, Stopped, Held, NewRejectedRows]
          webhook:
            url: ${N2FSYNC_WEBHOOK_URL}
            format: teams
          mail:
            smtpServer: smtp.example.com
            port: 465
            from: n2fsync@example.com
            to: [it-ops@example.com, Helene.DUPONT@example.be]
            user: ${SMTP_USER}
            password: ${SMTP_PASSWORD}

        """;

    [Fact]
    public void NothingSaid_NotifiesTheFourOutcomeEventsToNobody()
    {
        using var folder = new ConfigTestFolder();

        var notify = folder.Load(ConfigAssert.Minimal).Notify;

        Assert.Equal([NotifyEvent.Failed, NotifyEvent.PartialFailure, NotifyEvent.Stopped, NotifyEvent.Held], notify.On);
        Assert.Null(notify.Webhook);
        Assert.Null(notify.Mail);
    }

    [Fact]
    public void FullSection_IsRead()
    {
        using var folder = new ConfigTestFolder()
            .WithEnv("N2FSYNC_WEBHOOK_URL", "https://contoso.webhook.office.com/webhookb2/abc")
            .WithEnv("SMTP_USER", "n2fsync-mailer")
            .WithEnv("SMTP_PASSWORD", "Sm7p-Pa55");

        var notify = folder.Load(ConfigAssert.Minimal + FullNotify).Notify;

        Assert.Contains(NotifyEvent.NewRejectedRows, notify.On);
        Assert.Equal("https://contoso.webhook.office.com/webhookb2/abc", notify.Webhook!.Url!.Reveal());
        Assert.Equal(WebhookFormat.Teams, notify.Webhook.Format);
        var mail = notify.Mail!;
        Assert.Equal(("smtp.example.com", 465, "n2fsync@example.com"), (mail.SmtpServer, mail.Port, mail.From));
        Assert.Equal(["it-ops@example.com", "Helene.DUPONT@example.be"], mail.To);
        Assert.Equal("n2fsync-mailer", mail.User);
        Assert.Equal("Sm7p-Pa55", mail.Password!.Reveal());
    }

    [Fact]
    public void Mail_PortLeftOut_Is587()
    {
        using var folder = new ConfigTestFolder();

        var mail = folder.Load(ConfigAssert.Minimal + "notify:\n  mail: { smtpServer: smtp.example.com, from: a@example.com, to: [b@example.com] }\n").Notify.Mail!;

        Assert.Equal(587, mail.Port);
        Assert.Null(mail.User);
    }

    [Fact]
    public void On_UnknownEvent_ErrorSuggestsTheClosest()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "notify:\n  on: [Failed, Faild]\n");

        var error = ConfigAssert.SingleError(result, "notify.on[1]");
        Assert.Equal((5, 16), (error.Line, error.Column));
        Assert.Contains("Did you mean 'Failed'?", error.Message);
    }

    [Fact]
    public void Webhook_WithoutUrl_IsAnErrorAtTheSection()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "notify:\n  webhook:\n    format: slack\n");

        Assert.Equal(5, ConfigAssert.SingleError(result, "notify.webhook.url").Line);
    }

    [Fact]
    public void Webhook_LiteralUrl_WarnsWithoutShowingIt()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "notify:\n  webhook:\n    url: https://hooks.slack.com/services/T000/B000/S3CR3T\n");

        ConfigAssert.Valid(result);
        Assert.Contains("a secret is written in the file", ConfigAssert.SingleWarning(result, "notify.webhook.url").Message);
        Assert.DoesNotContain(result.Issues, i => i.ToString().Contains("S3CR3T"));
    }

    [Fact]
    public void Webhook_NotAUrl_ErrorDoesNotShowTheValue()
    {
        using var folder = new ConfigTestFolder().WithEnv("HOOK", "hooks.slack.com/services/S3CR3T");

        var result = folder.Validate(ConfigAssert.Minimal + "notify:\n  webhook:\n    url: ${HOOK}\n");

        Assert.Contains("not an absolute http or https URL", ConfigAssert.SingleError(result, "notify.webhook.url").Message);
        Assert.DoesNotContain(result.Issues, i => i.ToString().Contains("S3CR3T"));
    }

    [Fact]
    public void Webhook_UnknownFormat_ErrorListsFormats()
    {
        using var folder = new ConfigTestFolder().WithEnv("HOOK", "https://hooks.example.com/x");

        var result = folder.Validate(ConfigAssert.Minimal + "notify:\n  webhook: { url: '${HOOK}', format: discord }\n");

        Assert.Equal("'discord' is not a webhook format; use json, teams or slack.", ConfigAssert.SingleError(result, "notify.webhook.format").Message);
    }

    [Fact]
    public void Mail_MissingServerFromAndTo_EachIsAnError()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "notify:\n  mail:\n    port: 587\n");

        Assert.Equal(5, ConfigAssert.SingleError(result, "notify.mail.smtpServer").Line);
        ConfigAssert.SingleError(result, "notify.mail.from");
        Assert.Contains("at least one address", ConfigAssert.SingleError(result, "notify.mail.to").Message);
    }

    [Fact]
    public void Mail_BadSenderAddress_ErrorAtItsLine()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + Mail("from: n2fsync at example.com"));

        var error = ConfigAssert.SingleError(result, "notify.mail.from");
        Assert.Equal(8, error.Line);
        Assert.Contains("'n2fsync at example.com' is not an e-mail address", error.Message);
    }

    [Fact]
    public void Mail_BadRecipient_ErrorNamesItsIndex()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + Mail("from: n2fsync@example.com", "to: [it-ops@example.com, d'hondt@]"));

        Assert.Contains("'d'hondt@' is not an e-mail address", ConfigAssert.SingleError(result, "notify.mail.to[1]").Message);
        Assert.DoesNotContain(result.Errors, e => e.Key == "notify.mail.to");
    }

    [Theory]
    [InlineData("port: 0")]
    [InlineData("port: 65536")]
    public void Mail_PortOutOfRange_IsAnError(string port)
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + Mail("from: n2fsync@example.com", port));

        Assert.EndsWith("is out of range; use a port from 1 to 65535.", ConfigAssert.SingleError(result, "notify.mail.port").Message);
    }

    [Fact]
    public void Mail_ServerWithPort_IsAnErrorPointingAtPort()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "notify:\n  mail: { smtpServer: 'smtp.example.com:587', from: a@example.com, to: [b@example.com] }\n");

        Assert.Contains("the port goes in port", ConfigAssert.SingleError(result, "notify.mail.smtpServer").Message);
    }

    [Fact]
    public void Mail_PasswordWithoutUser_IsAnErrorThatDoesNotShowIt()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + Mail("from: n2fsync@example.com", "password: Sm7p-Pa55"));

        Assert.Contains("notify.mail.user is not", ConfigAssert.SingleError(result, "notify.mail.password").Message);
        Assert.Contains("a secret is written in the file", ConfigAssert.SingleWarning(result, "notify.mail.password").Message);
        Assert.DoesNotContain(result.Issues, i => i.ToString().Contains("Sm7p-Pa55"));
    }

    /// <summary>A mail section with a server, the given keys, and one recipient unless the keys give them.</summary>
    private static string Mail(params string[] keys)
    {
        var to = keys.Any(k => k.StartsWith("to:", StringComparison.Ordinal)) ? "" : "    to: [it-ops@example.com]\n";
        return "notify:\n  mail:\n    smtpServer: smtp.example.com\n" + to + string.Concat(keys.Select(k => $"    {k}\n"));
    }
}
