namespace N2fSync.Sync.Apply;

/// <summary>One write of unknown outcome, settled: landed, or to be sent again, and why.</summary>
public sealed record SettledChange(N2fChange Change, SettledOutcome Outcome, string Reason)
{
    /// <summary>True when the write must go out again (an upsert is idempotent; a delete answered 404 is done).</summary>
    public bool MustResend => Outcome != SettledOutcome.Landed;

    public override string ToString() => $"{Outcome} {Change.Target}: {Reason}";
}
