namespace N2fSync.Notify;

/// <summary>Whether a notification reached its channel (the webhook answered 2xx, the SMTP server accepted the mail).</summary>
public enum NotificationStatus { Sent, Failed }
