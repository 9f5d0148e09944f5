namespace N2fSync.Config;

/// <summary>Who is told about a run, and when. Nothing is sent unless a webhook or a mail section is configured.</summary>
public sealed class NotifyOptions
{
    /// <summary>The events that send a notification.</summary>
    public List<NotifyEvent> On { get; set; } = [.. NotifyDefaults.On];

    /// <summary>The webhook to post to; null when notify.webhook is not configured.</summary>
    public WebhookOptions? Webhook { get; set; }

    /// <summary>The mail to send; null when notify.mail is not configured.</summary>
    public MailOptions? Mail { get; set; }
}
