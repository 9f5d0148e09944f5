using System.Threading.RateLimiting;

namespace N2fSync.N2f.Quota;

/// <summary>Whether a call spends the read or the write quota.</summary>
public enum CallKind { Read, Write }

/// <summary>
/// N2F's two quotas as two limiters, one for reads and one for writes (domain.md §2.5): the client takes a lease before
/// each call and ends it when the answer is in. Remembers what it spent in the ledger so the next invocation knows.
/// </summary>
public sealed class QuotaGate
{
    private readonly SlidingWindowQuotaLimiter _reads;
    private readonly SlidingWindowQuotaLimiter _writes;
    private readonly QuotaSchedule _schedule;
    private readonly TimeProvider _time;
    private readonly IQuotaLedger? _ledger;
    private readonly object _lock = new();
    private readonly List<QuotaAdaptation> _adaptations = [];
    private RateLimitLease? _lastRead, _lastWrite;

    public QuotaGate(QuotaSchedule schedule, TimeProvider time, IQuotaLedger? ledger = null)
    {
        (_schedule, _time, _ledger) = (schedule, time, ledger);
        _reads = new SlidingWindowQuotaLimiter(at => schedule.LimitsAt(at).Reads, schedule.Window, time);
        _writes = new SlidingWindowQuotaLimiter(at => schedule.LimitsAt(at).Writes, schedule.Window, time);
        _reads.Settled += at => _ledger?.RecordCall(CallKind.Read, at);
        _writes.Settled += at => _ledger?.RecordCall(CallKind.Write, at);
    }

    /// <summary>The limiter of a kind of call, for callers that hold their own leases.</summary>
    public RateLimiter For(CallKind kind) => Limiter(kind);

    /// <summary>Loads the calls the ledger remembers from the current window (an earlier invocation's spend).</summary>
    public void SeedFromLedger()
    {
        if (_ledger is null) return;
        var since = _time.GetUtcNow() - _schedule.Window;
        Seed(CallKind.Read, _ledger.CallsSince(CallKind.Read, since));
        Seed(CallKind.Write, _ledger.CallsSince(CallKind.Write, since));
    }

    /// <summary>Calls already spent in the current window, e.g. by an earlier invocation (decisions.md §20).</summary>
    public void Seed(CallKind kind, IEnumerable<DateTimeOffset> spentAt) => Limiter(kind).Seed(spentAt);

    /// <summary>Waits until one more call of this kind fits in the window; <see cref="Settle"/> ends it.</summary>
    public async Task WaitAsync(CallKind kind, CancellationToken cancellationToken)
    {
        var lease = await Limiter(kind).AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        lock (_lock)
        {
            // Calls are sequential: a lease left open by a caller that never settled is ended here.
            if (kind == CallKind.Read) { _lastRead?.Dispose(); _lastRead = lease; }
            else { _lastWrite?.Dispose(); _lastWrite = lease; }
        }
    }

    /// <summary>Waits until one more call of this kind would fit, without taking its place (see <see cref="SlidingWindowQuotaLimiter.WaitForRoomAsync"/>).</summary>
    public Task WaitForRoomAsync(CallKind kind, CancellationToken cancellationToken) => Limiter(kind).WaitForRoomAsync(cancellationToken);

    /// <summary>The call of this kind started last has been answered (or failed): it counts from now on.</summary>
    public void Settle(CallKind kind)
    {
        RateLimitLease? lease;
        lock (_lock)
        {
            if (kind == CallKind.Read) (lease, _lastRead) = (_lastRead, null);
            else (lease, _lastWrite) = (_lastWrite, null);
        }
        lease?.Dispose();
    }

    /// <summary>After a 429, nothing of this kind goes out before the server's Retry-After.</summary>
    public void Block(CallKind kind, TimeSpan retryAfter) => Limiter(kind).BlockFor(retryAfter);

    /// <summary>
    /// N2F answered the call of this kind settled last with 429: nothing of this kind before its Retry-After, then the
    /// pace N2F was seen to accept until a whole window passes without a 429 (see <see cref="Adaptations"/>).
    /// </summary>
    public void Throttled(CallKind kind, TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var open = Open(kind);
            var (pace, table) = Limiter(kind).Throttled(retryAfter);
            var now = _time.GetUtcNow();
            if (open is not null) open.Again(pace, now);
            else _adaptations.Add(new QuotaAdaptation(kind, table, pace, now, _schedule.Window, _schedule.Zone));
        }
    }

    /// <summary>Every stretch of this session during which N2F allowed less than the table, oldest first.</summary>
    public IReadOnlyList<QuotaAdaptation> Adaptations
    {
        get
        {
            lock (_lock)
            {
                Open(CallKind.Read);
                Open(CallKind.Write);
                return [.. _adaptations];
            }
        }
    }

    /// <summary>The stretch of this kind still paced below the table, if any; closes it once its limiter recovered.</summary>
    private QuotaAdaptation? Open(CallKind kind)
    {
        var open = _adaptations.LastOrDefault(a => a.Kind == kind && a.RecoveredAt is null);
        var limiter = Limiter(kind);
        // Asking for the adopted pace lets the limiter notice a clean window first.
        if (open is null || limiter.AdaptedLimit is not null || limiter.RecoveredAt is not { } back || back < open.LastThrottledAt)
            return open;
        open.RecoveredAt = back;
        return null;
    }

    private SlidingWindowQuotaLimiter Limiter(CallKind kind) => kind == CallKind.Read ? _reads : _writes;
}
