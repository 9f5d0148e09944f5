using N2fSync.Config;
using N2fSync.N2f.Quota;

namespace N2fSync.Tests.N2f;

/// <summary>
/// A 429 is news: N2F allows less than the table (its clock near the day/night switch, a changed quota). After one,
/// the gate paces that kind to what N2F was seen to accept until a whole window passes without a 429, then goes back
/// to the table, and says so. On fake time: 13:00 in Paris on a winter day, so 10 writes a minute by the table.
/// </summary>
public sealed class QuotaAdaptationTests
{
    private static readonly DateTimeOffset ParisWinterAfternoon = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Minute = TimeSpan.FromSeconds(60);
    private readonly SteppingClock _clock = new(ParisWinterAfternoon);
    private readonly QuotaGate _gate;

    public QuotaAdaptationTests() => _gate = new QuotaGate(new QuotaSchedule(new QuotaOptions()), _clock);

    /// <summary>Sends <paramref name="count"/> calls back to back (each settled at once); the fake instant each went out.</summary>
    private async Task<List<DateTimeOffset>> SendAsync(CallKind kind, int count)
    {
        var sent = new List<DateTimeOffset>();
        for (var i = 0; i < count; i++)
        {
            await _clock.RunUntilAsync(_gate.WaitAsync(kind, default));
            sent.Add(_clock.GetUtcNow());
            _gate.Settle(kind);
        }
        return sent;
    }

    /// <summary>Seven writes at once, the seventh answered 429 with Retry-After 30 s: N2F accepted six.</summary>
    private async Task SixAcceptedThenA429Async()
    {
        await SendAsync(CallKind.Write, 7);
        _gate.Throttled(CallKind.Write, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task After429_WritesArePacedToWhatN2fAccepted_UntilAWholeWindowPassedWithoutOne()
    {
        await SixAcceptedThenA429Async();
        var clean = ParisWinterAfternoon + TimeSpan.FromSeconds(30) + Minute;

        var sent = await SendAsync(CallKind.Write, 10);

        // The seven calls of 13:00:00 leave the window at 13:01:00; six then go, the table's ten only from 13:01:30.
        Assert.Equal(6, sent.Count(t => t == ParisWinterAfternoon + Minute + TimeSpan.FromMilliseconds(1)));
        Assert.All(sent.Skip(6), t => Assert.Equal(clean, t));
        Assert.Equal(6, _gate.Adaptations.Single().AdoptedLimit);
    }

    [Fact]
    public async Task After429_TheTableAppliesAgainOnceAWholeWindowPassedWithoutOne()
    {
        await SixAcceptedThenA429Async();
        await SendAsync(CallKind.Write, 6);

        _clock.SetUtcNow(ParisWinterAfternoon + TimeSpan.FromSeconds(30) + Minute + Minute);
        var sent = await SendAsync(CallKind.Write, 10);

        Assert.All(sent, t => Assert.Equal(sent[0], t));
        var adaptation = _gate.Adaptations.Single();
        Assert.Equal(ParisWinterAfternoon + TimeSpan.FromSeconds(30) + Minute, adaptation.RecoveredAt);
    }

    [Fact]
    public async Task Adaptation_IsDescribedInN2fsTime_ForTheRunSummary()
    {
        await SixAcceptedThenA429Async();
        await SendAsync(CallKind.Write, 6);
        _clock.SetUtcNow(ParisWinterAfternoon + TimeSpan.FromSeconds(30) + Minute + Minute);
        await SendAsync(CallKind.Write, 1);

        var adaptation = _gate.Adaptations.Single();

        Assert.Equal((CallKind.Write, 10, 6, 1), (adaptation.Kind, adaptation.TableLimit, adaptation.AdoptedLimit, adaptation.Throttled));
        Assert.Equal("N2F allowed 6 writes per 60 s window from 13:00:00 (table: 10): 1 answer(s) of 429; "
            + "paced to 6 until a window passed without 429, back to the table at 13:01:30.", adaptation.ToString());
    }

    [Fact]
    public async Task StillPacedAtTheEnd_SaysSo()
    {
        await SixAcceptedThenA429Async();

        Assert.EndsWith("paced to 6 until the end of the run.", _gate.Adaptations.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TableTooFastAgainRightAfterGoingBack_AsksTwoCleanWindowsBeforeTryingItAgain()
    {
        await SixAcceptedThenA429Async();
        var back = ParisWinterAfternoon + TimeSpan.FromSeconds(30) + Minute;
        _clock.SetUtcNow(back + TimeSpan.FromSeconds(1));
        await SendAsync(CallKind.Write, 7);
        _gate.Throttled(CallKind.Write, TimeSpan.FromSeconds(30));

        var second = _gate.Adaptations.Last();

        Assert.Equal(2, _gate.Adaptations.Count);
        Assert.Equal(back, _gate.Adaptations[0].RecoveredAt);
        _clock.SetUtcNow(back + TimeSpan.FromSeconds(31) + Minute + TimeSpan.FromSeconds(59));
        Assert.Null(_gate.Adaptations.Last().RecoveredAt);
        _clock.SetUtcNow(back + TimeSpan.FromSeconds(31) + Minute + Minute);
        Assert.Equal(back + TimeSpan.FromSeconds(31) + Minute + Minute, _gate.Adaptations.Last().RecoveredAt);
        Assert.Same(second, _gate.Adaptations.Last());
    }

    [Fact]
    public async Task ASecond429WhilePaced_CountsInTheSameStretchAndLowersThePace()
    {
        await SixAcceptedThenA429Async();
        await SendAsync(CallKind.Write, 6);
        // The sixth write of the new window is refused too: N2F accepted five.
        _gate.Throttled(CallKind.Write, TimeSpan.FromSeconds(10));

        var adaptation = _gate.Adaptations.Single();

        Assert.Equal(2, adaptation.Throttled);
        Assert.Equal(5, adaptation.AdoptedLimit);
    }

    [Fact]
    public async Task A429OnWrites_LeavesReadsAtTheTable()
    {
        await SixAcceptedThenA429Async();

        var reads = await SendAsync(CallKind.Read, 60);

        Assert.All(reads, t => Assert.Equal(ParisWinterAfternoon, t));
        Assert.Equal(CallKind.Write, _gate.Adaptations.Single().Kind);
    }
}
