using N2fSync.Config;
using N2fSync.Sync.Apply;

namespace N2fSync.Tests.Sync;

public sealed class FailureCeilingTests
{
    private static SyncResult Result(SyncOutcome outcome, int? status = null) => new() { Outcome = outcome, StatusCode = status };

    [Fact]
    public void Breached_AfterConsecutiveServerFailures_SaysWhy()
    {
        var ceiling = new FailureCeiling(new SafetyOptions { MaxConsecutiveFailures = 3 });
        for (var i = 0; i < 3; i++) ceiling.Record(Result(SyncOutcome.Failed, 503), sent: true);
        Assert.Contains("3 writes in a row", ceiling.Breached());
    }

    [Fact]
    public void Breached_AfterConsecutiveLostAnswers_AsN2fLooksUnavailable()
    {
        var ceiling = new FailureCeiling(new SafetyOptions { MaxConsecutiveFailures = 3 });
        for (var i = 0; i < 3; i++) ceiling.Record(Result(SyncOutcome.Unknown), sent: true);
        Assert.Contains("3 writes in a row", ceiling.Breached());
    }

    [Fact]
    public void Breached_ValidationRefusals_DoNotCount()
    {
        var ceiling = new FailureCeiling(new SafetyOptions { MaxConsecutiveFailures = 3, MaxFailurePercent = 10 });
        for (var i = 0; i < 30; i++) ceiling.Record(Result(SyncOutcome.Failed, 400), sent: true);
        Assert.Null(ceiling.Breached());
    }

    [Fact]
    public void Breached_ASuccessResetsTheConsecutiveCount()
    {
        var ceiling = new FailureCeiling(new SafetyOptions { MaxConsecutiveFailures = 3, MaxFailurePercent = 100 });
        ceiling.Record(Result(SyncOutcome.Failed), sent: true);
        ceiling.Record(Result(SyncOutcome.Failed), sent: true);
        ceiling.Record(Result(SyncOutcome.Created, 200), sent: true);
        ceiling.Record(Result(SyncOutcome.Failed), sent: true);
        Assert.Null(ceiling.Breached());
    }

    [Fact]
    public void Breached_ShareOfFailuresAboveCeiling_OnceEnoughWritesWereTried()
    {
        var ceiling = new FailureCeiling(new SafetyOptions { MaxConsecutiveFailures = 100, MaxFailurePercent = 25 });
        for (var i = 0; i < 19; i++)
            ceiling.Record(i % 3 == 0 ? Result(SyncOutcome.Failed, 500) : Result(SyncOutcome.Created, 200), sent: true);
        Assert.Null(ceiling.Breached());
        ceiling.Record(Result(SyncOutcome.Created, 200), sent: true);
        Assert.Contains("above safety.maxFailurePercent", ceiling.Breached());
    }
}
