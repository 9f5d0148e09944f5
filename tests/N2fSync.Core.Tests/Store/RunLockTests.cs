using N2fSync.Store;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Store;

public sealed class RunLockTests
{
    [Fact]
    public void Acquire_WhileAnotherRunHoldsIt_ThrowsNamingTheFirstRun()
    {
        using var folder = new TempFolder();
        var store = folder.File("n2fsync.db");
        using var first = RunLock.Acquire(store, "run-one", DateTimeOffset.Parse("2026-11-27T02:00:00Z"));
        var e = Assert.Throws<RunInProgressException>(() => RunLock.Acquire(store, "run-two", DateTimeOffset.UtcNow));
        Assert.Contains("run-one", e.Message);
        Assert.Contains("2026-11-27 02:00:00Z", e.Message);
        Assert.Contains("process", e.Message);
    }

    [Fact]
    public void Acquire_AfterRelease_Succeeds()
    {
        using var folder = new TempFolder();
        var store = folder.File("n2fsync.db");
        RunLock.Acquire(store, "run-one", DateTimeOffset.UtcNow).Dispose();
        using var second = RunLock.Acquire(store, "run-two", DateTimeOffset.UtcNow);
        Assert.Null(second.TookOverFrom);
    }

    [Fact]
    public void Acquire_StaleLockOfADeadRun_IsTakenOverAndNamed()
    {
        using var folder = new TempFolder();
        var store = folder.File("n2fsync.db");
        // What a killed run leaves: the side file, and no OS lock (the OS released it with the process).
        File.WriteAllText(store + ".lock.json", "run dead-run started 2026-11-27 01:00:00Z by process 4242 on host-a");
        using var taken = RunLock.Acquire(store, "run-new", DateTimeOffset.UtcNow);
        Assert.Contains("dead-run", taken.TookOverFrom);
    }
}
