using System.Collections;

namespace N2fSync.Emulator;

/// <summary>
/// Every API request the emulator received, with the counters tests assert on. Thread-safe. Entries are added
/// before the answer leaves the server, so a client that has its answer finds its request here. Enumerating it
/// walks a copy, so LINQ over <c>emulator.Requests</c> is safe while requests arrive.
/// </summary>
public sealed class RequestLog : IEnumerable<RecordedRequest>
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _entries = [];
    private int _inFlight;
    private int _maxConcurrency;

    /// <summary>A copy of the entries, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Entries
    {
        get { lock (_gate) { return [.. _entries]; } }
    }

    /// <summary>All recorded requests, auth included.</summary>
    public int Total
    {
        get { lock (_gate) { return _entries.Count; } }
    }

    /// <summary>Write attempts (POST/PUT/PATCH/DELETE, not auth), whatever they were answered.</summary>
    public int Writes => CountWhere(e => e.IsWrite);

    /// <summary>Writes answered 2xx.</summary>
    public int SuccessfulWrites => CountWhere(e => e.IsWrite && e.Status is >= 200 and < 300);

    /// <summary>Read attempts (every non-write other than auth).</summary>
    public int Reads => CountWhere(e => !e.IsWrite && !e.IsAuth);

    public int Status429Count => Count(429);

    /// <summary>
    /// The most API requests ever in flight at once since the last <see cref="Clear"/>. N2F forbids parallel calls,
    /// so a well-behaved client keeps this at 1.
    /// </summary>
    public int MaxConcurrency => Volatile.Read(ref _maxConcurrency);

    /// <summary>Requests being handled right now.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    public int Count(int status) => CountWhere(e => e.Status == status);

    public int CountWhere(Func<RecordedRequest, bool> predicate)
    {
        lock (_gate) { return _entries.Count(predicate); }
    }

    /// <summary>Forgets the entries and restarts <see cref="MaxConcurrency"/> from the requests now in flight.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            Volatile.Write(ref _maxConcurrency, Volatile.Read(ref _inFlight));
        }
    }

    public IEnumerator<RecordedRequest> GetEnumerator() => Entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Enter()
    {
        var now = Interlocked.Increment(ref _inFlight);
        var max = Volatile.Read(ref _maxConcurrency);
        while (now > max)
        {
            var seen = Interlocked.CompareExchange(ref _maxConcurrency, now, max);
            if (seen == max)
            {
                break;
            }

            max = seen;
        }
    }

    internal void Exit() => Interlocked.Decrement(ref _inFlight);

    internal void Add(RecordedRequest entry)
    {
        lock (_gate) { _entries.Add(entry); }
    }
}
