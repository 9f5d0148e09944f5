namespace N2fSync.N2f.Quota;

/// <summary>Whether a call spends the read or the write quota.</summary>
public enum CallKind { Read, Write }

/// <summary>
/// Paces calls so N2F's quotas are never exceeded (domain 2.5): a sliding window per call kind, the strictest reading
/// of "per minute". Calls are sequential anyway, so one gate serves the whole client.
/// </summary>
public sealed class QuotaGate(QuotaSchedule schedule, TimeProvider time, IQuotaLedger? ledger = null)
{
    private readonly Queue<DateTimeOffset> _reads = new();
    private readonly Queue<DateTimeOffset> _writes = new();
    private readonly object _lock = new();
    private DateTimeOffset _readsBlockedUntil;
    private DateTimeOffset _writesBlockedUntil;

    /// <summary>Loads the calls the ledger remembers from the current window (an earlier invocation's spend).</summary>
    public void SeedFromLedger()
    {
        if (ledger is null) return;
        var since = time.GetUtcNow() - schedule.Window;
        Seed(CallKind.Read, ledger.CallsSince(CallKind.Read, since));
        Seed(CallKind.Write, ledger.CallsSince(CallKind.Write, since));
    }

    /// <summary>Calls already spent in the current window, e.g. by an earlier invocation (decisions 20).</summary>
    public void Seed(CallKind kind, IEnumerable<DateTimeOffset> spentAt)
    {
        lock (_lock)
            foreach (var at in spentAt.OrderBy(t => t))
                QueueFor(kind).Enqueue(at);
    }

    /// <summary>Waits until one more call of this kind fits in the window, then records it.</summary>
    public async Task WaitAsync(CallKind kind, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                var blockedUntil = kind == CallKind.Read ? _readsBlockedUntil : _writesBlockedUntil;
                var queue = QueueFor(kind);
                while (queue.Count > 0 && queue.Peek() <= now - schedule.Window) queue.Dequeue();
                var limits = schedule.LimitsAt(now);
                var limit = Math.Max(1, kind == CallKind.Read ? limits.Reads : limits.Writes);
                if (now < blockedUntil)
                    wait = blockedUntil - now;
                else if (queue.Count < limit)
                {
                    queue.Enqueue(now);
                    ledger?.RecordCall(kind, now);
                    return;
                }
                else
                {
                    // Wait for the oldest call to leave the window; a few ms margin absorbs clock granularity.
                    wait = queue.ElementAt(queue.Count - limit) + schedule.Window - now + TimeSpan.FromMilliseconds(5);
                }
            }
            await time.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <summary>After a 429, nothing of this kind goes out before the server's Retry-After.</summary>
    public void Block(CallKind kind, TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (kind == CallKind.Read) _readsBlockedUntil = Max(_readsBlockedUntil, until);
            else _writesBlockedUntil = Max(_writesBlockedUntil, until);
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private Queue<DateTimeOffset> QueueFor(CallKind kind) => kind == CallKind.Read ? _reads : _writes;
}
