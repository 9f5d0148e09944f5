namespace N2fSync.NotifyReceiver;

/// <summary>How the receiver behaves; changes apply to the next message (POST /_receiver/options changes them too).</summary>
public sealed class ReceiverOptions
{
    /// <summary>The HTTP status the webhook answers (200 by default; 500 to play a broken endpoint).</summary>
    public int WebhookStatus { get; set; } = 200;

    /// <summary>The SMTP login and password the server accepts; AUTH is offered only after TLS.</summary>
    public string SmtpUser { get; set; } = "n2fsync";

    public string SmtpPassword { get; set; } = "Smtp-P@ss-4711";

    /// <summary>Refuse every recipient (550), as a server that will not relay for this sender.</summary>
    public bool RefuseRecipients { get; set; }
}
