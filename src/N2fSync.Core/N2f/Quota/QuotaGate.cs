namespace N2fSync.N2f.Quota;

/// <summary>Whether a call spends the read or the write quota.</summary>
public enum CallKind { Read, Write }

/// <summary>
/// Paces calls so N2F's quotas are never exceeded (domain 2.5): a sliding window per call kind, the strictest reading
/// of "per minute". A call is counted from when it starts until its answer has come back plus one window, so however
/// late the server stamps it, it has left the server's window before the call that replaces it starts.
/// </summary>
public sealed class QuotaGate(QuotaSchedule schedule, TimeProvider time, IQuotaLedger? ledger = null)
{
    private readonly List<DateTimeOffset> _reads = [];
    private readonly List<DateTimeOffset> _writes = [];
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
        {
            var stamps = StampsFor(kind);
            stamps.AddRange(spentAt);
            stamps.Sort();
        }
    }

    /// <summary>Waits until one more call of this kind fits in the window, then counts it as started now.</summary>
    public async Task WaitAsync(CallKind kind, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                var blockedUntil = kind == CallKind.Read ? _readsBlockedUntil : _writesBlockedUntil;
                var stamps = StampsFor(kind);
                stamps.RemoveAll(t => t <= now - schedule.Window);
                var limit = Limit(kind, now);
                if (now < blockedUntil)
                    wait = blockedUntil - now;
                else if (stamps.Count < limit)
                {
                    stamps.Add(now);
                    return;
                }
                else
                    wait = stamps[stamps.Count - limit] + schedule.Window - now + TimeSpan.FromMilliseconds(1);
            }
            await time.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The call of this kind started last has been answered (or failed): it counts from now on.</summary>
    public void Settle(CallKind kind)
    {
        DateTimeOffset now;
        lock (_lock)
        {
            now = time.GetUtcNow();
            var stamps = StampsFor(kind);
            if (stamps.Count > 0) stamps[stamps.Count - 1] = now;
        }
        ledger?.RecordCall(kind, now);
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

    private int Limit(CallKind kind, DateTimeOffset now)
    {
        var limits = schedule.LimitsAt(now);
        return Math.Max(1, kind == CallKind.Read ? limits.Reads : limits.Writes);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private List<DateTimeOffset> StampsFor(CallKind kind) => kind == CallKind.Read ? _reads : _writes;
}
