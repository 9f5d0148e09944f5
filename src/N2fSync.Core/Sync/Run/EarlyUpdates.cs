using N2fSync.Agresso;
using N2fSync.Scopes;
using N2fSync.Sync.Apply;
using N2fSync.Sync.Gate;

namespace N2fSync.Sync.Run;

/// <summary>
/// Sends the users scope's updates while N2F's users are still being read, so a large tenant with few changes takes
/// the longer of reading and writing, not their sum. The users plan offers an update as soon as the page holding that
/// user is compared and nothing later in the read can change it (see <c>EarlyUpdateRule</c>). It goes only when the
/// run may send updates unasked: not under -WhatIf, updates among the actions, a host that does not ask before
/// updates, and no time budget (under one, the value order must hold: retries, creates, updates, deletes). Each passes
/// the write gate, judged on the source alone, which is all an update needs. One call stays in flight: the client
/// takes turns, and reads and writes each wait for their own quota, which is where the overlap comes from. What is
/// still queued when the read ends is sent by the normal sequence, after the confirmation.
/// </summary>
internal sealed class EarlyUpdates(RunContext context, RunRequest options, SyncSummary summary, WriteGate gate,
    ChangeApplier applier, ScopeSettlement settlement, bool allowed)
{
    private readonly object _lock = new();
    private readonly Queue<N2fChange> _queue = new();
    private readonly HashSet<string> _sent = new(StringComparer.OrdinalIgnoreCase);
    private SemaphoreSlim _signal = new(0);
    private bool _closed = true;
    private Task? _writer;

    /// <summary>
    /// Starts sending a scope's updates as the plan offers them; returns where the plan offers them, or null when the
    /// scope or the run does not allow it.
    /// </summary>
    public Action<N2fChange>? Start(ScopeDefinition scope, IReadOnlyList<AgressoEntity> source, CancellationToken cancellationToken)
    {
        if (!allowed || scope.Kind != ScopeKind.Users) return null;
        var truth = ScopeTruth.From(scope, source, context.Config.Companies, null);
        var now = context.Time.GetUtcNow();
        var stamp = new PlanStamp(summary.RunId, now, context.Target.Origin, options.ConfigPath ?? "", now);
        lock (_lock)
        {
            _closed = false;
            _signal = new SemaphoreSlim(0);
        }
        context.Log.Verbose($"{scope.Name}: updates are sent while N2F's users are read, as soon as each is known.");
        _writer = Task.Run(() => SendAsync(truth, stamp, cancellationToken), cancellationToken);
        return Offer;
    }

    /// <summary>The read has ended: the write in hand goes, nothing more goes early.</summary>
    public async Task StopAsync()
    {
        if (_writer is not { } writer) return;
        _writer = null;
        lock (_lock)
        {
            _closed = true;
            _queue.Clear();
        }
        _signal.Release();
        await writer.ConfigureAwait(false);
    }

    /// <summary>True when this update was sent, and given its result, while N2F was read.</summary>
    public bool SentEarly(N2fChange change)
    {
        if (change.Action != ChangeAction.Update) return false;
        lock (_lock) return _sent.Contains(Id(change));
    }

    private void Offer(N2fChange change)
    {
        SemaphoreSlim signal;
        lock (_lock)
        {
            if (_closed) return;
            _queue.Enqueue(change);
            signal = _signal;
        }
        signal.Release();
    }

    private async Task SendAsync(ScopeTruth truth, PlanStamp stamp, CancellationToken cancellationToken)
    {
        var signal = _signal;
        while (true)
        {
            await signal.WaitAsync(cancellationToken).ConfigureAwait(false);
            N2fChange offered;
            lock (_lock)
            {
                if (_closed || _queue.Count == 0) return;
                offered = _queue.Dequeue();
            }
            // The failure ceiling stopped the run: the rest is the normal sequence's to report.
            if (summary.StoppedBecause is not null) continue;
            var decision = gate.Evaluate([(offered.WithStamp(stamp), ChangeOrigin.Planned)], truth)[0];
            if (decision.Verdict != GateVerdict.Send) continue;
            var result = await applier.ApplyAsync(decision.Change, cancellationToken).ConfigureAwait(false);
            lock (_lock) _sent.Add(Id(offered));
            summary.SentWhileReading++;
            settlement.Take(decision.Change, result);
        }
    }

    private static string Id(N2fChange change) => change.Scope + "|" + change.Key;
}
