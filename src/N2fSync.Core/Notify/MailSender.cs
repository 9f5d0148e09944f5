using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using N2fSync.Config;

namespace N2fSync.Notify;

/// <summary>
/// Sends a notice as a mail through notify.mail's SMTP server (MailKit), with the run's HTML report attached. The
/// password is revealed only to the server's AUTH exchange; messages name the server and the recipients.
/// </summary>
internal sealed class MailSender(MailOptions options)
{
    /// <summary>Each SMTP exchange (connect, sign in, send) must answer within this.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>The port that means TLS from the first byte; the tests' server listens for it on another.</summary>
    internal int ImplicitTlsPort { get; set; } = MailTransport.ImplicitTlsPort;

    public string Destination => $"mail to {string.Join(", ", options.To)} via {options.SmtpServer}:{options.Port}";

    public async Task<SendOutcome> SendAsync(RunNotice notice, byte[]? htmlReport, CancellationToken cancellationToken)
    {
        if (options.SmtpServer is not { Length: > 0 } host || options.From is null || options.To.Count == 0)
            return SendOutcome.Failed("notify.mail needs smtpServer, from and to.");
        if (options.User is not null && Secret.IsNullOrEmpty(options.Password))
            return SendOutcome.Failed("notify.mail.user is set but no password came (notify.mail.password, or passwordSecretName in a vault).");
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        if (MailTransport.SkipsCertificateCheck(host)) client.ServerCertificateValidationCallback = (_, _, _, _) => true;
        var step = $"connect to {host}:{options.Port}";
        try
        {
            await client.ConnectAsync(host, options.Port, MailTransport.Security(host, options.Port, ImplicitTlsPort), cancellationToken).ConfigureAwait(false);
            if (options.User is { } user)
            {
                step = $"sign in to {host} as {user}";
                await client.AuthenticateAsync(user, options.Password!.Reveal(), cancellationToken).ConfigureAwait(false);
            }
            step = "send the mail";
            await client.SendAsync(Message(notice, htmlReport), cancellationToken).ConfigureAwait(false);
            await client.DisconnectAsync(true, cancellationToken).ConfigureAwait(false);
            return SendOutcome.Ok(notice.Title);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return SendOutcome.Failed($"could not {step}: {Describe(e)}");
        }
    }

    /// <summary>The notice as a mail: its title as the subject, its text as the body, the run's HTML report attached.</summary>
    internal MimeMessage Message(RunNotice notice, byte[]? htmlReport)
    {
        var message = new MimeMessage { Subject = notice.Title };
        message.From.Add(MailboxAddress.Parse(options.From ?? ""));
        foreach (var to in options.To) message.To.Add(MailboxAddress.Parse(to));
        var body = new BodyBuilder { TextBody = notice.Text() };
        if (htmlReport is not null)
            body.Attachments.Add($"n2fsync-run-{notice.RunId}.html", htmlReport, new ContentType("text", "html") { Charset = "utf-8" });
        message.Body = body.ToMessageBody();
        return message;
    }

    private static string Describe(Exception e) => e switch
    {
        SmtpCommandException command => $"the server answered {(int)command.StatusCode}: {command.Message}",
        AuthenticationException => "the server refused the login and password.",
        SslHandshakeException => "the TLS handshake failed (the server's certificate is not trusted, or it speaks no TLS on this port).",
        NotSupportedException => "the server offers no STARTTLS on this port, and the mail is not sent in clear to another machine.",
        OperationCanceledException or TimeoutException => $"no answer within {Timeout.TotalSeconds:0} s.",
        _ when e.InnerException is { } inner => $"{e.Message.TrimEnd('.')} ({inner.Message.TrimEnd('.')}).",
        _ => e.Message,
    };
}
