using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace N2fSync.Tests.N2f;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that knows when its timers are due, so a test can let fake time run straight to
/// the next wake-up (a quota wait, a Retry-After, a retry delay) instead of advancing blindly in small steps.
/// </summary>
internal sealed class SteppingClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private static readonly TimeSpan RealTimeLimit = TimeSpan.FromSeconds(15);
    private readonly Lock _lock = new();
    private readonly Dictionary<TrackedTimer, DateTimeOffset> _due = [];

    /// <summary>Timers waiting to fire.</summary>
    public int PendingTimers
    {
        get { lock (_lock) { return _due.Count; } }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var tracked = new TrackedTimer(this);
        Reschedule(tracked, dueTime);
        tracked.Inner = base.CreateTimer(s =>
        {
            Reschedule(tracked, period);
            callback(s);
        }, state, dueTime, period);
        return tracked;
    }

    /// <summary>
    /// Lets fake time run until <paramref name="task"/> completes: whenever it waits on this clock, time jumps to the
    /// earliest due timer; while it waits on real I/O, the test waits with it. Fails after 15 s of real time.
    /// </summary>
    public async Task RunUntilAsync(Task task)
    {
        var watch = Stopwatch.StartNew();
        while (!task.IsCompleted)
        {
            if (NextDue() is { } due)
            {
                if (due > GetUtcNow()) SetUtcNow(due);
                else Advance(TimeSpan.Zero);
            }

            await Task.WhenAny(task, Task.Delay(1));
            if (watch.Elapsed > RealTimeLimit)
                throw new TimeoutException($"The task neither finished nor waited on the clock within {RealTimeLimit.TotalSeconds} s.");
        }

        await task;
    }

    /// <inheritdoc cref="RunUntilAsync(Task)"/>
    public async Task<T> RunUntilAsync<T>(Task<T> task)
    {
        await RunUntilAsync((Task)task);
        return await task;
    }

    private DateTimeOffset? NextDue()
    {
        lock (_lock) { return _due.Count == 0 ? null : _due.Values.Min(); }
    }

    private void Reschedule(TrackedTimer timer, TimeSpan dueIn)
    {
        lock (_lock)
        {
            if (timer.Disposed || dueIn == Timeout.InfiniteTimeSpan) _due.Remove(timer);
            else _due[timer] = GetUtcNow() + dueIn;
        }
    }

    private sealed class TrackedTimer(SteppingClock clock) : ITimer
    {
        public ITimer Inner { get; set; } = null!;

        public bool Disposed { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            clock.Reschedule(this, dueTime);
            return Inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            Disposed = true;
            clock.Reschedule(this, Timeout.InfiniteTimeSpan);
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
