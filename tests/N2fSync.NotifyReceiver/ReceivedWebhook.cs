namespace N2fSync.NotifyReceiver;

/// <summary>A body the webhook received.</summary>
public sealed record ReceivedWebhook(string Path, string ContentType, string Body, int AnsweredStatus);
