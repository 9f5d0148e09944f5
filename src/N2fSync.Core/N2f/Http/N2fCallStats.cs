

namespace N2fSync.N2f.Http;

/// <summary>Counts of what the client sent in this session, for summaries and metrics.</summary>
public sealed class N2fCallStats
{
    private int _reads, _writes, _retries, _authentications, _throttled;

    public int Reads => _reads;
    public int Writes => _writes;
    public int Retries => _retries;
    public int Authentications => _authentications;

    /// <summary>429 answers received (the limiter aims for none).</summary>
    public int Throttled => _throttled;

    internal void CountAttempt(bool isWrite) { if (isWrite) Interlocked.Increment(ref _writes); else Interlocked.Increment(ref _reads); }
    internal void CountRetry() => Interlocked.Increment(ref _retries);
    internal void CountAuthentication() => Interlocked.Increment(ref _authentications);
    internal void CountThrottled() => Interlocked.Increment(ref _throttled);
}
