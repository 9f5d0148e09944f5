using System.Threading.RateLimiting;

namespace N2fSync.N2f.Quota;

/// <summary>
/// A System.Threading.RateLimiting limiter for one N2F quota: a sliding log (never more than the limit in any window
/// span, the strictest reading of "per minute", domain.md §2.5), a limit that follows the day/night schedule, and leases
/// that count a call from its start until it is disposed (the answer came back) plus one window — so however late N2F
/// stamps a call, it has left N2F's window before the call that replaces it starts. The framework's own
/// SlidingWindowRateLimiter has a fixed limit and counts by segments, which would let a burst straddle a segment edge.
/// After a 429 the limit drops to what N2F was seen to allow until a whole window passes without one (see
/// <see cref="Throttled"/>): N2F's own clock or quota may be stricter than the configured table.
/// </summary>
public sealed class SlidingWindowQuotaLimiter(Func<DateTimeOffset, int> limitAt, TimeSpan window, TimeProvider time) : RateLimiter
{
    private readonly List<DateTimeOffset> _stamps = [];
    // Calls answered 429, as counted from their answer: N2F did not accept them.
    private readonly List<DateTimeOffset> _refused = [];
    private readonly object _lock = new();
    private DateTimeOffset _blockedUntil;
    private const int MostCleanWindows = 32;
    private DateTimeOffset _cleanAt;
    private int? _adapted;
    private int _cleanWindows = 1;
    private long _successful, _failed;

    public TimeSpan Window => window;

    /// <summary>The pace adopted after a 429, or null while the table's quota applies.</summary>
    public int? AdaptedLimit
    {
        get { lock (_lock) return EffectiveAdaptation(time.GetUtcNow()); }
    }

    /// <summary>When the last adopted pace gave way to the table again (a window passed without 429).</summary>
    public DateTimeOffset? RecoveredAt { get; private set; }

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics GetStatistics()
    {
        lock (_lock)
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = Math.Max(0, LimitAt(time.GetUtcNow()) - _stamps.Count),
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
    }

    /// <summary>Calls already spent in the current window (an earlier invocation's, decisions.md §20).</summary>
    public void Seed(IEnumerable<DateTimeOffset> spentAt)
    {
        lock (_lock)
        {
            _stamps.AddRange(spentAt);
            _stamps.Sort();
        }
    }

    /// <summary>After a 429, no lease before the server's Retry-After.</summary>
    public void BlockFor(TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (until > _blockedUntil) _blockedUntil = until;
        }
    }

    /// <summary>
    /// N2F answered the call of this kind settled last with 429. Nothing goes out before its Retry-After, and until a
    /// whole window after that passes without another 429 the limit is what N2F was seen to accept: the calls of the
    /// last window it did not refuse (or half the pace in force when it refused even those), never less than 1. When
    /// the table proves too fast again within a window of going back to it, the clean stretch asked doubles (up to 32
    /// windows), so a lasting stricter quota costs a 429 now and then rather than one every other window.
    /// Returns the pace adopted and the table's quota at this instant.
    /// </summary>
    public (int Pace, int Table) Throttled(TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (now + retryAfter > _blockedUntil) _blockedUntil = now + retryAfter;
            _refused.Add(_stamps.Count > 0 ? _stamps[_stamps.Count - 1] : now);
            var since = now - window;
            _refused.RemoveAll(t => t <= since);
            var accepted = _stamps.Count(t => t > since) - _refused.Count;
            var inForce = LimitAt(now);
            var pace = accepted < inForce ? Math.Max(1, accepted) : Math.Max(1, inForce / 2);
            // The table proved too fast again right after a recovery: wait twice as long before trying it again.
            _cleanWindows = _adapted is null && RecoveredAt is { } back && now - back < window
                ? Math.Min(MostCleanWindows, _cleanWindows * 2)
                : _adapted is null ? 1 : _cleanWindows;
            _adapted = pace;
            _cleanAt = _blockedUntil + TimeSpan.FromTicks(window.Ticks * _cleanWindows);
            return (pace, Math.Max(1, limitAt(now)));
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_lock)
            return TryTake(out _) is { } lease ? lease : Refused();
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
                if (TryTake(out wait) is { } lease) return lease;
            await time.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Waits until a lease would be granted, without taking one: a caller can wait for this quota outside a lock it
    /// shares with the callers of another quota (N2F's one call in flight), so a read waiting for the read quota never
    /// holds up a write that has room, and the other way round.
    /// </summary>
    public async Task WaitForRoomAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock) wait = WaitBeforeNext(time.GetUtcNow());
            if (wait <= TimeSpan.Zero) return;
            await time.Delay(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    private Lease? TryTake(out TimeSpan wait)
    {
        var now = time.GetUtcNow();
        wait = WaitBeforeNext(now);
        if (wait > TimeSpan.Zero) return null;
        wait = TimeSpan.Zero;
        _stamps.Add(now);
        _successful++;
        return new Lease(this, now);
    }

    /// <summary>How long until one more call fits (zero: now). Called under the lock.</summary>
    private TimeSpan WaitBeforeNext(DateTimeOffset now)
    {
        _stamps.RemoveAll(t => t <= now - window);
        var limit = LimitAt(now);
        if (now < _blockedUntil) return _blockedUntil - now;
        if (_stamps.Count < limit) return TimeSpan.Zero;
        var wait = _stamps[_stamps.Count - limit] + window - now + TimeSpan.FromMilliseconds(1);
        // Held by a pace adopted after a 429 that ends sooner: wake up when the table applies again.
        if (_adapted is not null && _cleanAt - now < wait && _stamps.Count < Math.Max(1, limitAt(now)))
            wait = _cleanAt - now;
        return wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1);
    }

    /// <summary>The table's quota at this instant, or the pace adopted after a 429 when lower.</summary>
    private int LimitAt(DateTimeOffset now)
    {
        var table = Math.Max(1, limitAt(now));
        return EffectiveAdaptation(now) is { } adapted ? Math.Min(table, adapted) : table;
    }

    private int? EffectiveAdaptation(DateTimeOffset now)
    {
        if (_adapted is null || now < _cleanAt) return _adapted;
        // A whole window went by without a 429 since calls resumed: back to the table.
        _adapted = null;
        _refused.Clear();
        RecoveredAt = _cleanAt;
        return null;
    }

    private RateLimitLease Refused()
    {
        _failed++;
        return Lease.NotAcquired;
    }

    /// <summary>The call is over: from now on it counts from its end (see the class summary).</summary>
    private DateTimeOffset Settle(DateTimeOffset startedAt)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var index = _stamps.LastIndexOf(startedAt);
            // A call longer than the window may have had its start stamp pruned: it still counts from its end.
            if (index >= 0) _stamps[index] = now;
            else _stamps.Add(now);
            _stamps.Sort();
            return now;
        }
    }

    /// <summary>Raised when a lease ends, with the instant the call now counts from (for the quota ledger).</summary>
    public event Action<DateTimeOffset>? Settled;

    private sealed class Lease : RateLimitLease
    {
        public static readonly RateLimitLease NotAcquired = new Lease(null, default);
        private readonly SlidingWindowQuotaLimiter? _owner;
        private readonly DateTimeOffset _startedAt;
        private bool _disposed;

        public Lease(SlidingWindowQuotaLimiter? owner, DateTimeOffset startedAt) => (_owner, _startedAt) = (owner, startedAt);

        public override bool IsAcquired => _owner is not null;
        public override IEnumerable<string> MetadataNames => [];
        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (_disposed || _owner is null) return;
            _disposed = true;
            var at = _owner.Settle(_startedAt);
            _owner.Settled?.Invoke(at);
        }
    }
}
