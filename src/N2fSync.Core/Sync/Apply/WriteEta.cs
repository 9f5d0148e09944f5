using N2fSync.N2f.Quota;

namespace N2fSync.Sync.Apply;

/// <summary>
/// How long the remaining writes will take. The write quota, not the machine, sets the pace (domain.md §2.5): at 10
/// writes a minute by day, 1 000 writes take 100 minutes whatever else happens.
/// </summary>
public sealed class WriteEta(QuotaSchedule schedule, TimeProvider time)
{
    public TimeSpan Estimate(int remainingWrites)
    {
        if (remainingWrites <= 0) return TimeSpan.Zero;
        var perWindow = Math.Max(1, schedule.LimitsAt(time.GetUtcNow()).Writes);
        var windows = (double)remainingWrites / perWindow;
        return TimeSpan.FromTicks((long)(windows * schedule.Window.Ticks));
    }
}
