

namespace N2fSync.Emulator;

/// <summary>
/// Sliding-window quota per client and kind (read or write): the times of granted requests within the last window
/// are kept, and a request is refused while the window already holds the limit. Refused requests do not count,
/// so a client that waits as told gets in.
/// </summary>
internal sealed class QuotaTracker
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string ClientId, bool IsWrite), Queue<DateTimeOffset>> _granted = [];

    /// <summary>Null when granted; otherwise how long until a slot frees.</summary>
    public TimeSpan? TryAcquire(QuotaOptions quota, string clientId, bool isWrite, DateTimeOffset now)
    {
        var limit = isWrite ? quota.WritesPerWindow : quota.ReadsPerWindow;
        if (limit is null)
        {
            return null;
        }

        if (limit.Value <= 0)
        {
            return quota.Window;
        }

        lock (_gate)
        {
            if (!_granted.TryGetValue((clientId, isWrite), out var times))
            {
                _granted[(clientId, isWrite)] = times = new Queue<DateTimeOffset>();
            }

            while (times.Count > 0 && times.Peek() <= now - quota.Window)
            {
                times.Dequeue();
            }

            if (times.Count >= limit.Value)
            {
                // With the limit lowered at run time more than `limit` may be held; a slot frees when enough leave.
                var freeing = times.ElementAt(times.Count - limit.Value);
                return freeing + quota.Window - now;
            }

            times.Enqueue(now);
            return null;
        }
    }
}
