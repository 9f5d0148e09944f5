namespace N2fSync.Config;

/// <summary>Defaults and limits of <c>notify:</c>.</summary>
public static class NotifyDefaults
{
    /// <summary>Every outcome but Success, and held deletes: what someone must look at.</summary>
    public static IReadOnlyList<NotifyEvent> On { get; } =
        [NotifyEvent.Failed, NotifyEvent.PartialFailure, NotifyEvent.Stopped, NotifyEvent.Held];

    public const WebhookFormat Format = WebhookFormat.Json;

    /// <summary>Submission with STARTTLS; 465 is implicit TLS.</summary>
    public const int SmtpPort = 587;
    public const int MaxPort = 65535;
}
