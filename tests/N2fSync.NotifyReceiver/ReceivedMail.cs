namespace N2fSync.NotifyReceiver;

/// <summary>A mail the SMTP server accepted, as the recipients would read it.</summary>
public sealed record ReceivedMail(string From, IReadOnlyList<string> To, string Subject, string Text,
    IReadOnlyList<ReceivedAttachment> Attachments, bool Secure, string? User, int Port, string Raw);
