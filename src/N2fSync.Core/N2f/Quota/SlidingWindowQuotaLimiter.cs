using System.Threading.RateLimiting;

namespace N2fSync.N2f.Quota;

/// <summary>
/// A System.Threading.RateLimiting limiter for one N2F quota: a sliding log (never more than the limit in any window
/// span, the strictest reading of "per minute", domain 2.5), a limit that follows the day/night schedule, and leases
/// that count a call from its start until it is disposed (the answer came back) plus one window — so however late N2F
/// stamps a call, it has left N2F's window before the call that replaces it starts. The framework's own
/// SlidingWindowRateLimiter has a fixed limit and counts by segments, which would let a burst straddle a segment edge.
/// </summary>
public sealed class SlidingWindowQuotaLimiter(Func<DateTimeOffset, int> limitAt, TimeSpan window, TimeProvider time) : RateLimiter
{
    private readonly List<DateTimeOffset> _stamps = [];
    private readonly object _lock = new();
    private DateTimeOffset _blockedUntil;
    private long _successful, _failed;

    public TimeSpan Window => window;

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics GetStatistics()
    {
        lock (_lock)
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = Math.Max(0, limitAt(time.GetUtcNow()) - _stamps.Count),
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
    }

    /// <summary>Calls already spent in the current window (an earlier invocation's, decisions 20).</summary>
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

    private Lease? TryTake(out TimeSpan wait)
    {
        var now = time.GetUtcNow();
        _stamps.RemoveAll(t => t <= now - window);
        var limit = Math.Max(1, limitAt(now));
        if (now < _blockedUntil)
        {
            wait = _blockedUntil - now;
            return null;
        }
        if (_stamps.Count >= limit)
        {
            wait = _stamps[_stamps.Count - limit] + window - now + TimeSpan.FromMilliseconds(1);
            return null;
        }
        wait = TimeSpan.Zero;
        _stamps.Add(now);
        _successful++;
        return new Lease(this, now);
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
            if (index >= 0) _stamps[index] = now;
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
