using N2fSync.N2f.Quota;

namespace N2fSync.Sync.Run;

/// <summary>
/// A run's time budget (Sync-N2fScope -MaxDuration, run.maxDuration): schedulers end jobs at a fixed time (Azure
/// Automation unloads a cloud job after three hours of fair share), so the run stops sending while the write in hand
/// can still finish, and says what was left for the next run.
/// </summary>
public sealed class TimeBudget(DateTimeOffset startedAt, TimeSpan? maxDuration, QuotaSchedule schedule, TimeProvider time)
{
    public bool IsSet => maxDuration is not null;

    public DateTimeOffset? Deadline => maxDuration is { } max ? startedAt + max : null;

    /// <summary>Time left, or null without a budget.</summary>
    public TimeSpan? Remaining => Deadline is { } deadline ? deadline - time.GetUtcNow() : null;

    /// <summary>True while one more write, paced at the quota in force, still ends before the deadline with a margin.</summary>
    public bool AllowsAnotherWrite()
    {
        if (Remaining is not { } remaining) return true;
        var margin = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(30).Ticks, maxDuration!.Value.Ticks / 50));
        return remaining > Pace() + margin;
    }

    /// <summary>How many writes fit in what is left, at the quota in force.</summary>
    public int WritesThatFit()
    {
        if (Remaining is not { } remaining) return int.MaxValue;
        var pace = Pace();
        return remaining <= TimeSpan.Zero ? 0 : (int)Math.Min(int.MaxValue, remaining.Ticks / Math.Max(1, pace.Ticks));
    }

    private TimeSpan Pace() =>
        TimeSpan.FromTicks(schedule.Window.Ticks / Math.Max(1, schedule.LimitsAt(time.GetUtcNow()).Writes));
}
