using N2fSync.N2f;
using N2fSync.Sync.Apply;

namespace N2fSync.Sync.Run;

/// <summary>
/// Every write of a run hands its result here. A write whose answer was lost (outcome Unknown), and a change waiting
/// for one, is held back instead of recorded: the client does not send it again blindly during a run. At the end of
/// the scope's sequence, before the next scope, they are settled: N2F is read back once per list (or, when that costs
/// more quota, the few writes are sent again unread), what landed is recorded as done without a write, the rest is
/// sent again in plan order, then the changes that waited are applied. A write lost again is settled again, up to a
/// few rounds. Each change still gets exactly one result, its real outcome; only a write still unknown after
/// settlement is a failure.
/// </summary>
internal sealed class ScopeSettlement(RunContext context, SyncSummary summary, IRunHost host, RunRecorder recorder,
    ChangeApplier applier, TimeBudget budget)
{
    // A lost answer is a few percent of writes at worst: three rounds leave a write unknown about once in 30 000.
    private const int Rounds = 3;
    private readonly object _lock = new();
    private readonly List<(N2fChange Change, SyncResult Result)> _held = [];

    /// <summary>True while a write of the run awaits settlement.</summary>
    public bool Pending
    {
        get { lock (_lock) return _held.Count > 0; }
    }

    /// <summary>
    /// The result of a write the run applied: recorded (and a failure reported, the failure ceiling checked), or held
    /// for settlement when its outcome is unknown.
    /// </summary>
    public void Take(N2fChange change, SyncResult result)
    {
        if (result.Outcome != SyncOutcome.Unknown) Record(change, result);
        else
        {
            lock (_lock) _held.Add((change, result));
            CheckCeiling(change);
        }
    }

    /// <summary>Settles what is held; <paramref name="planOf"/> gives each scope's plan (how long its lists are), when known.</summary>
    public async Task SettleAsync(Func<string, SyncPlan?> planOf, CancellationToken cancellationToken)
    {
        for (var round = 1; ; round++)
        {
            List<(N2fChange Change, SyncResult Result)> held;
            lock (_lock)
            {
                held = [.. _held];
                _held.Clear();
            }
            if (held.Count == 0) return;
            var lost = held.Where(h => h.Result.Sent).Select(h => h.Change).ToList();
            var waiting = held.Where(h => !h.Result.Sent).Select(h => h.Change).ToList();
            var reason = summary.StoppedBecause is { } stopped ? $"the run stopped before it could be settled ({stopped})"
                : round > Rounds ? $"it was lost again in each of {Rounds} rounds of settlement" : null;
            if (reason is null && lost.Count > 0) reason = await SettleLostAsync(lost, planOf, cancellationToken).ConfigureAwait(false);
            if (reason is not null)
            {
                foreach (var change in lost) Record(change, applier.RecordUnsettled(change, reason));
                foreach (var change in waiting) Record(change, applier.GiveUp(change));
                return;
            }
            // What waited for them goes now, in plan order; what waits again is held for the next round.
            foreach (var change in waiting)
                Take(change, CannotWrite() is null ? await applier.ApplyAsync(change, cancellationToken).ConfigureAwait(false)
                    : applier.GiveUp(change));
        }
    }

    /// <summary>Reads N2F back for the lost writes, records what landed, sends the rest again; a reason when N2F cannot be read.</summary>
    private async Task<string?> SettleLostAsync(List<N2fChange> lost, Func<string, SyncPlan?> planOf, CancellationToken cancellationToken)
    {
        context.Log.Verbose($"{lost.Count} write(s) lost their answer: reading N2F back to settle them.");
        var settled = new List<SettledChange>();
        try
        {
            foreach (var scope in lost.GroupBy(c => c.Scope, StringComparer.OrdinalIgnoreCase))
                settled.AddRange((await context.Source.SettleAsync(scope.ToList(), planOf(scope.Key), cancellationToken)
                    .ConfigureAwait(false)).Changes);
        }
        catch (N2fApiException e)
        {
            return $"reading N2F back to settle it failed ({e.Method} {e.Path}: {e.N2fMessage})";
        }
        foreach (var landed in settled.Where(s => !s.MustResend)) Record(landed.Change, applier.RecordSettled(landed));
        foreach (var resend in settled.Where(s => s.MustResend))
        {
            if (CannotWrite() is { } why) Record(resend.Change, applier.RecordNotResent(resend, why));
            else Take(resend.Change, await applier.ResendAsync(resend, cancellationToken).ConfigureAwait(false));
        }
        return null;
    }

    /// <summary>Why no more write may go (the run stopped, the time budget is spent), or null.</summary>
    private string? CannotWrite() => summary.StoppedBecause is { } stopped ? $"the run stopped ({stopped})"
        : !budget.AllowsAnotherWrite() ? "the time budget has no room left for it" : null;

    private void Record(N2fChange change, SyncResult result)
    {
        recorder.Record(result, change);
        if (result.IsFailure || result.Outcome == SyncOutcome.Unknown)
            host.Report(new RunProblem(RunProblemKind.WriteFailed, change.Scope, result.Message ?? "") { Change = change, Result = result });
        CheckCeiling(change);
    }

    /// <summary>Too many writes failed, or lost their answer, in a row or in all: the run stops (see <see cref="FailureCeiling"/>).</summary>
    private void CheckCeiling(N2fChange change)
    {
        if (applier.Ceiling?.Breached() is { } reason && summary.StoppedBecause is null)
        {
            summary.StoppedBecause = reason;
            host.Report(new RunProblem(RunProblemKind.FailureCeiling, change.Scope, reason));
        }
    }
}
