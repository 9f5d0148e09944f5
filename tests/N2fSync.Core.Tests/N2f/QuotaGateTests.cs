using N2fSync.Config;
using N2fSync.N2f.Quota;

namespace N2fSync.Tests.N2f;

/// <summary>
/// domain.md §2.5, decisions.md §19–§20: a sliding window per call kind (never more than the quota in any window span),
/// reads and writes paced apart, a 429's Retry-After holding that kind, and calls already spent counted.
/// All on fake time: 13:00 in Paris on a winter day, so 10 writes and 60 reads a minute.
/// </summary>
public sealed class QuotaGateTests
{
    private static readonly DateTimeOffset ParisWinterAfternoon = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Minute = TimeSpan.FromSeconds(60);
    private readonly SteppingClock _clock = new(ParisWinterAfternoon);
    private readonly QuotaGate _gate;

    public QuotaGateTests() => _gate = new QuotaGate(new QuotaSchedule(new QuotaOptions()), _clock);

    /// <summary>Asks for <paramref name="count"/> calls back to back; the fake instant each one was let through.</summary>
    private async Task<List<DateTimeOffset>> SpendAsync(CallKind kind, int count)
    {
        var granted = new List<DateTimeOffset>();
        for (var i = 0; i < count; i++)
        {
            await _clock.RunUntilAsync(_gate.WaitAsync(kind, default));
            granted.Add(_clock.GetUtcNow());
        }
        return granted;
    }

    private void SpendAtOnce(CallKind kind, int count)
    {
        for (var i = 0; i < count; i++)
            Assert.True(_gate.WaitAsync(kind, default).IsCompletedSuccessfully, $"{kind} {i + 1} of {count} had to wait");
    }

    [Fact]
    public async Task Writes_NeverMoreThanTheQuotaInAnyWindowSpan()
    {
        var granted = await SpendAsync(CallKind.Write, 35);

        for (var i = 10; i < granted.Count; i++)
            Assert.True(granted[i] - granted[i - 10] >= Minute, $"writes {i - 10} and {i} are only {granted[i] - granted[i - 10]} apart");
    }

    [Fact]
    public async Task Writes_AreNotHeldLongerThanTheWindowRequires()
    {
        var granted = await SpendAsync(CallKind.Write, 21);

        Assert.Equal(ParisWinterAfternoon, granted[9]);
        Assert.InRange(granted[10] - granted[0], Minute, Minute + TimeSpan.FromSeconds(1));
        Assert.InRange(granted[20] - granted[0], 2 * Minute, 2 * Minute + TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task SlidingWindow_DoesNotLetTwiceTheQuotaThroughAMinuteBoundaryAsAFixedWindowWould()
    {
        _clock.SetUtcNow(ParisWinterAfternoon + TimeSpan.FromSeconds(59.9));
        var fixedWindow = new CalendarMinuteLimiter(limit: 10);

        var fixedAdmitted = 0;
        for (var i = 0; i < 10; i++) if (fixedWindow.TryAcquire(_clock.GetUtcNow())) fixedAdmitted++;
        SpendAtOnce(CallKind.Write, 10);
        _clock.Advance(TimeSpan.FromSeconds(0.1)); // 13:01:00.0 in Paris: a new calendar minute
        for (var i = 0; i < 10; i++) if (fixedWindow.TryAcquire(_clock.GetUtcNow())) fixedAdmitted++;
        var eleventh = _gate.WaitAsync(CallKind.Write, default);

        Assert.Equal(20, fixedAdmitted);
        Assert.False(eleventh.IsCompleted);
        await _clock.RunUntilAsync(eleventh);
        Assert.True(_clock.GetUtcNow() >= ParisWinterAfternoon + TimeSpan.FromSeconds(59.9) + Minute);
    }

    [Fact]
    public void WritesSpent_DoNotHoldReads()
    {
        SpendAtOnce(CallKind.Write, 10);

        var write = _gate.WaitAsync(CallKind.Write, default);
        SpendAtOnce(CallKind.Read, 60);

        Assert.False(write.IsCompleted);
    }

    [Fact]
    public void ReadsSpent_DoNotHoldWrites()
    {
        SpendAtOnce(CallKind.Read, 60);

        var read = _gate.WaitAsync(CallKind.Read, default);
        SpendAtOnce(CallKind.Write, 10);

        Assert.False(read.IsCompleted);
    }

    [Fact]
    public async Task Block_HoldsCallsOfThatKindUntilRetryAfter()
    {
        _gate.Block(CallKind.Write, TimeSpan.FromSeconds(30));

        var write = _gate.WaitAsync(CallKind.Write, default);
        _clock.Advance(TimeSpan.FromSeconds(29.999));
        Assert.False(write.IsCompleted);

        await _clock.RunUntilAsync(write);
        Assert.Equal(ParisWinterAfternoon + TimeSpan.FromSeconds(30), _clock.GetUtcNow());
    }

    [Fact]
    public void Block_OfWrites_LeavesReadsFree()
    {
        _gate.Block(CallKind.Write, TimeSpan.FromSeconds(30));

        SpendAtOnce(CallKind.Read, 5);
    }

    [Fact]
    public async Task Block_AShorterRetryAfterDoesNotShortenALongerOne()
    {
        _gate.Block(CallKind.Read, TimeSpan.FromSeconds(45));
        _gate.Block(CallKind.Read, TimeSpan.FromSeconds(5));

        await _clock.RunUntilAsync(_gate.WaitAsync(CallKind.Read, default));

        Assert.Equal(ParisWinterAfternoon + TimeSpan.FromSeconds(45), _clock.GetUtcNow());
    }

    [Fact]
    public async Task Seed_WritesSpentByAnEarlierInvocationCountInTheWindow()
    {
        _gate.Seed(CallKind.Write, Enumerable.Repeat(ParisWinterAfternoon - TimeSpan.FromSeconds(45), 10));

        var write = _gate.WaitAsync(CallKind.Write, default);
        Assert.False(write.IsCompleted);
        await _clock.RunUntilAsync(write);

        Assert.InRange(_clock.GetUtcNow() - ParisWinterAfternoon, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(16));
    }

    [Fact]
    public void NearTheEveningBoundary_TheDayQuotaStillHoldsWrites()
    {
        _clock.SetUtcNow(new DateTimeOffset(2026, 1, 15, 19, 0, 30, TimeSpan.Zero)); // 20:00:30 in Paris: night has begun

        SpendAtOnce(CallKind.Write, 10);

        Assert.False(_gate.WaitAsync(CallKind.Write, default).IsCompleted);
    }

    [Fact]
    public void AtNight_TheNightQuotaApplies()
    {
        _clock.SetUtcNow(new DateTimeOffset(2026, 1, 15, 22, 0, 0, TimeSpan.Zero)); // 23:00 in Paris

        SpendAtOnce(CallKind.Write, 50);

        Assert.False(_gate.WaitAsync(CallKind.Write, default).IsCompleted);
    }

    [Fact]
    public async Task Cancellation_EndsAWait()
    {
        SpendAtOnce(CallKind.Write, 10);
        using var cancel = new CancellationTokenSource();

        var write = _gate.WaitAsync(CallKind.Write, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => write);
    }

    /// <summary>What a client paced per calendar minute would do: the reading of "per minute" N2F may not share.</summary>
    private sealed class CalendarMinuteLimiter(int limit)
    {
        private DateTimeOffset _minute;
        private int _count;

        public bool TryAcquire(DateTimeOffset now)
        {
            var minute = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, now.Offset);
            if (minute != _minute) (_minute, _count) = (minute, 0);
            if (_count == limit) return false;
            _count++;
            return true;
        }
    }
}
