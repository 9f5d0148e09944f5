namespace N2fSync.NotifyReceiver;

/// <summary>A mail the SMTP server accepted, as the recipients would read it.</summary>
public sealed record ReceivedMail(string From, IReadOnlyList<string> To, string Subject, string Text,
    IReadOnlyList<ReceivedAttachment> Attachments, bool Secure, string? User, int Port, string Raw);

/// <summary>An attachment of a received mail, with its text (the attachments sent are HTML).</summary>
public sealed record ReceivedAttachment(string Name, string ContentType, string Text);

/// <summary>A body the webhook received.</summary>
public sealed record ReceivedWebhook(string Path, string ContentType, string Body, int AnsweredStatus);
