namespace N2fSync.Sync.Ports;

/// <summary>A write as the journal saw it: sent, and with what outcome, if one came back.</summary>
public sealed record JournalEntry(long Id, string RunId, string Scope, string Company, string Key, string Action,
    string? PayloadHash, string State, string? Outcome, int? StatusCode, string? Message, DateTimeOffset SentAt)
{
    /// <summary>Journal state of a write sent but not yet answered; left behind by a run that died mid-call.</summary>
    public const string Sending = "Sending";

    /// <summary>Journal state of a write whose outcome is recorded (or of a change that was not sent).</summary>
    public const string Done = "Done";
}
