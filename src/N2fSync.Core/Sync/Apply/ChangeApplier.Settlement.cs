namespace N2fSync.Sync.Apply;

/// <summary>
/// The writes of a run whose answer was lost, once settled (see <c>ScopeSettlement</c>): recorded as landed, sent
/// again, or left unknown when the run could not settle them; and the changes that waited for them.
/// </summary>
public sealed partial class ChangeApplier
{
    /// <summary>
    /// A write of unknown outcome that reading N2F back showed applied: its final result (created, updated, deleted),
    /// journaled in place of the unknown one; its dependents may go. Writes that must be sent again go through
    /// <see cref="ResendAsync"/> instead.
    /// </summary>
    public SyncResult RecordSettled(SettledChange settled)
    {
        if (settled.MustResend)
            throw new ArgumentException($"{settled.Change.Target} did not land: send it again with ResendAsync.", nameof(settled));
        var change = settled.Change;
        _unknown.Remove(DependencyKey(change.Scope, change.Key));
        var result = Result(change, Done(change.Action), null, $"the answer was lost; {settled.Reason}.", TimeSpan.Zero, sent: true);
        CloseLostEntry(change, result);
        RememberOutcome(change, change.Payload?.Hash(), result);
        _done.Add(DependencyKey(change.Scope, change.Key));
        return result;
    }

    /// <summary>
    /// Sends again a write whose answer was lost and that reading N2F back did not find landed (or that costs less to
    /// send again than to read back): its journal entry is reopened and ends with the outcome of this send.
    /// </summary>
    public Task<SyncResult> ResendAsync(SettledChange settled, CancellationToken cancellationToken)
    {
        if (!settled.MustResend)
            throw new ArgumentException($"{settled.Change.Target} landed: record it with RecordSettled.", nameof(settled));
        return SendOnceReadyAsync(settled.Change, $"the answer was lost; {settled.Reason}; sent again", cancellationToken);
    }

    /// <summary>
    /// A write whose answer was lost and that this run could not settle (N2F could not be read back, the run stopped):
    /// it stays unknown, a failure of this run, and the changes waiting for it are not sent; the next run's fresh read
    /// of N2F settles it. Its journal entry says why.
    /// </summary>
    public SyncResult RecordUnsettled(N2fChange change, string reason)
    {
        var result = Result(change, SyncOutcome.Unknown, null,
            $"sent, but the answer was lost and {reason}; the next run's fresh read of N2F settles it.", TimeSpan.Zero, sent: true);
        CloseLostEntry(change, result);
        return result;
    }

    /// <summary>A write whose answer was lost, found not landed, that the run could not send again: it failed, and is retried next run.</summary>
    public SyncResult RecordNotResent(SettledChange settled, string reason)
    {
        var change = settled.Change;
        var result = Result(change, SyncOutcome.Failed, null, $"the answer was lost; {settled.Reason}; not sent again: {reason}.",
            TimeSpan.Zero, sent: true);
        _unknown.Remove(DependencyKey(change.Scope, change.Key));
        _failed.Add(DependencyKey(change.Scope, change.Key));
        CloseLostEntry(change, result);
        RememberOutcome(change, change.Payload?.Hash(), result);
        return result;
    }

    /// <summary>A change that waited for an unknown outcome this run could not settle: not sent, nor what waits for it.</summary>
    public SyncResult GiveUp(N2fChange change)
    {
        _waiting.Remove(DependencyKey(change.Scope, change.Key));
        var awaited = Awaited(change) ?? change.DependsOn ?? change.WaitsFor.FirstOrDefault();
        return Hold(_notSent, change, SyncOutcome.Skipped,
            $"not sent: the outcome of the write of {awaited} could not be settled in this run; the next run carries on.");
    }

    /// <summary>The journal entry of the write whose answer was lost ends with this, its settled result.</summary>
    private void CloseLostEntry(N2fChange change, SyncResult result)
    {
        if (!_unknownJournal.TryGetValue(Id(change), out var id)) return;
        _unknownJournal.Remove(Id(change));
        _journal!.After(id, result);
    }
}
