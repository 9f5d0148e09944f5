using N2fSync.Config;
using N2fSync.Notify;
using N2fSync.Store;
using N2fSync.Sync.Apply;

namespace N2fSync.Tests.Notify;

/// <summary>MailKit against a real SMTP server on loopback: TLS from the first byte, STARTTLS, a login, refusals.</summary>
public sealed class MailSenderTests : IAsyncLifetime
{
    private NotifyReceiver.NotifyReceiver _server = null!;

    public async Task InitializeAsync() => _server = await NotifyReceiver.NotifyReceiver.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static readonly RunNotice Notice = new()
    {
        Run = new SyncRunRecord
        {
            Id = "20261205-210000-ab12", Outcome = RunOutcome.Stopped, Created = 240, Updated = 1, Scopes = ["users", "projects"],
            StoppedBecause = "time budget of 2.5 h reached; 120 write(s) left for the next run",
        },
        Target = "https://www.n2f.com/services/api/v2/ (client prod)",
    };

    private MailOptions Options(int port) => new()
    {
        SmtpServer = "localhost", Port = port, From = "n2fsync@example.be", To = ["it-ops@example.be"],
        User = _server.Options.SmtpUser, Password = _server.Options.SmtpPassword,
    };

    [Fact]
    public async Task ImplicitTlsPort_SendsOverTlsFromTheFirstByte()
    {
        var sender = new MailSender(Options(_server.SmtpsPort)) { ImplicitTlsPort = _server.SmtpsPort };

        var outcome = await sender.SendAsync(Notice, null, default);

        Assert.True(outcome.Sent, outcome.Message);
        var mail = Assert.Single(_server.Mails);
        Assert.Equal((_server.SmtpsPort, true, "n2fsync"), (mail.Port, mail.Secure, mail.User));
        Assert.Equal("N2fSync Stopped: run 20261205-210000-ab12", mail.Subject);
        Assert.Contains("Why: time budget of 2.5 h reached; 120 write(s) left for the next run", mail.Text);
        Assert.Empty(mail.Attachments);
    }

    [Fact]
    public async Task ClosedPort_FailsNamingTheServer()
    {
        var closed = new MailSender(Options(1));

        var outcome = await closed.SendAsync(Notice, null, default);

        Assert.False(outcome.Sent);
        Assert.StartsWith("could not connect to localhost:1: ", outcome.Message);
    }

    [Fact]
    public async Task UserWithoutPassword_FailsBeforeConnecting()
    {
        var options = Options(_server.SmtpPort);
        options.Password = null;

        var outcome = await new MailSender(options).SendAsync(Notice, null, default);

        Assert.Equal("notify.mail.user is set but no password came (notify.mail.password, or passwordSecretName in a vault).", outcome.Message);
    }

    [Fact]
    public void Message_KeepsAccentsAndApostrophesOfTheReport()
    {
        var report = System.Text.Encoding.UTF8.GetBytes("<p>Chloé O’Neil</p>");

        var message = new MailSender(Options(587)).Message(Notice, report);

        var attachment = Assert.Single(message.Attachments.OfType<MimeKit.MimePart>());
        using var content = new MemoryStream();
        attachment.Content!.DecodeTo(content);
        Assert.Equal("<p>Chloé O’Neil</p>", System.Text.Encoding.UTF8.GetString(content.ToArray()));
        Assert.Equal("utf-8", attachment.ContentType.Charset);
    }
}
