using N2fSync.N2f.Quota;

namespace N2fSync.N2f.Http;

/// <summary>Counts of what the client sent in this session, for summaries and metrics.</summary>
public sealed class N2fCallStats
{
    private readonly QuotaGate? _gate;
    private int _reads, _writes, _retries, _authentications, _throttled;

    public N2fCallStats() { }

    internal N2fCallStats(QuotaGate gate) => _gate = gate;

    public int Reads => _reads;
    public int Writes => _writes;
    public int Retries => _retries;
    public int Authentications => _authentications;

    /// <summary>429 answers received (the limiter aims for none).</summary>
    public int Throttled => _throttled;

    /// <summary>
    /// Each stretch during which N2F allowed fewer calls than the configured quota (it answered 429) and the client
    /// paced itself to what N2F accepted until a whole window passed without a 429.
    /// </summary>
    public IReadOnlyList<QuotaAdaptation> Adaptations => _gate?.Adaptations ?? [];

    /// <summary>
    /// One sentence per such stretch, for the run summary (e.g. "N2F allowed 6 writes per 60 s window from 20:00:14
    /// (table: 50): 2 answer(s) of 429; paced to 6 until a window passed without 429, back to the table at 20:01:31."),
    /// or null when N2F never refused a call.
    /// </summary>
    public string? PacingNote => Adaptations is { Count: > 0 } adaptations ? string.Join(" ", adaptations) : null;

    internal void CountAttempt(bool isWrite) { if (isWrite) Interlocked.Increment(ref _writes); else Interlocked.Increment(ref _reads); }
    internal void CountRetry() => Interlocked.Increment(ref _retries);
    internal void CountAuthentication() => Interlocked.Increment(ref _authentications);
    internal void CountThrottled() => Interlocked.Increment(ref _throttled);
}
