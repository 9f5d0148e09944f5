namespace N2fSync.Notify;

/// <summary>
/// One attempt to send a run's notification (or a test message) on one channel, as Send-N2fSyncNotification returns
/// it and the store keeps it. Never holds a secret: the webhook appears by its host only, the mail by its recipients.
/// </summary>
public sealed class NotificationResult
{
    /// <summary>The run told about; null for a test message.</summary>
    public string? RunId { get; init; }

    // Internal, shown by name through module/N2fSync.Members.ps1xml: ConvertTo-Json writes a .NET enum as a number.
    internal NotifyChannel Channel { get; init; }
    internal NotificationStatus Status { get; init; }

    /// <summary>A test message (Send-N2fSyncNotification -Test), about no run.</summary>
    public bool Test { get; init; }

    /// <summary>Where it went: "webhook (teams) at hooks.example.com", "mail to it-ops@example.com via smtp.example.com:587".</summary>
    public string Destination { get; init; } = "";

    /// <summary>What triggered it: the events of notify.on that matched ("PartialFailure, Held"), "resent" or "test".</summary>
    public string Reason { get; init; } = "";

    /// <summary>The title sent, or why nothing was sent.</summary>
    public string Message { get; init; } = "";

    /// <summary>UTC.</summary>
    public DateTimeOffset At { get; init; }

    public bool Succeeded => Status == NotificationStatus.Sent;

    public override string ToString() => $"{Channel} {Status}: {Destination}: {Message}";
}
