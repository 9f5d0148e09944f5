namespace N2fSync.Notify;

/// <summary>What one channel made of a notification: sent, or not and why (before any secret is scrubbed from it).</summary>
internal sealed record SendOutcome(bool Sent, string Message)
{
    public static SendOutcome Ok(string message) => new(true, message);
    public static SendOutcome Failed(string message) => new(false, message);
}
