namespace N2fSync.NotifyReceiver;

/// <summary>An attachment of a received mail, with its text (the attachments sent are HTML).</summary>
public sealed record ReceivedAttachment(string Name, string ContentType, string Text);
