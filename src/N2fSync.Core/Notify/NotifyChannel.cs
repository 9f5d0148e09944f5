namespace N2fSync.Notify;

/// <summary>Where a notification goes: the webhook of notify.webhook, the mail of notify.mail.</summary>
public enum NotifyChannel { Webhook, Mail }
