using N2fSync.N2f.Quota;
using N2fSync.Store;
using N2fSync.Sync;
using N2fSync.Sync.Apply;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Store;

public sealed class SyncStoreTests
{
    private static readonly DateTimeOffset Night = DateTimeOffset.Parse("2026-11-27T01:00:00Z");

    private static N2fChange Change(string key) => new()
    {
        Scope = "users", Action = ChangeAction.Create, Key = key, Company = "BE01",
        Payload = new N2fPayload { ["mail"] = key, ["firstname"] = "Chloé" },
    };

    [Fact]
    public void Journal_WriteRecordedBeforeSendingWithoutOutcome_IsUnfinishedForTheNextRun()
    {
        using var folder = new TempFolder();
        using var store = SyncStore.Open(folder.File("s.db"), Fixtures.Target);
        store.Journal.Before("run-1", Change("chloe.o'neil@example.be"), "hash", Night);
        var unfinished = Assert.Single(store.Journal.Unfinished("run-2"));
        Assert.Equal("chloe.o'neil@example.be", unfinished.Key);
        Assert.Empty(store.Journal.Unfinished("run-1"));
    }

    [Fact]
    public void Journal_AfterOutcome_IsDoneWithStatusAndDuration()
    {
        using var folder = new TempFolder();
        using var store = SyncStore.Open(folder.File("s.db"), Fixtures.Target);
        var id = store.Journal.Before("run-1", Change("ann.peeters@example.be"), "hash", Night);
        store.Journal.After(id, new SyncResult { Outcome = SyncOutcome.Created, StatusCode = 200, Timestamp = Night, Duration = TimeSpan.FromMilliseconds(120) });
        var entry = Assert.Single(store.JournalOf("run-1"));
        Assert.Equal((JournalEntry.Done, "Created", 200), (entry.State, entry.Outcome, entry.StatusCode));
        Assert.Empty(store.Journal.Unfinished("run-2"));
    }

    [Fact]
    public void Journal_SurvivesReopeningTheStore()
    {
        using var folder = new TempFolder();
        using (var store = SyncStore.Open(folder.File("s.db"), Fixtures.Target))
            store.Journal.Before("run-1", Change("a@example.be"), "hash", Night);
        using var reopened = SyncStore.Open(folder.File("s.db"), Fixtures.Target);
        Assert.Single(reopened.Journal.Unfinished("run-2"));
    }

    [Fact]
    public void FailedKeys_RecordAgainIncrementsAttemptsAndClearRemoves()
    {
        using var folder = new TempFolder();
        using var store = SyncStore.Open(folder.File("s.db"), Fixtures.Target);
        store.FailedKeys.RecordFailure("run-1", "users", "BE01", "a@example.be", "Create", "h1", 503, "unavailable", false, Night);
        store.FailedKeys.RecordFailure("run-2", "users", "BE01", "a@example.be", "Create", "h2", 400, "culture invalid", true, Night.AddHours(1));
        var failed = Assert.Single(store.FailedKeys.All("users"));
        Assert.Equal((2, true, "h2", "run-2"), (failed.Attempts, failed.Rejected, failed.PayloadHash, failed.LastRunId));
        store.FailedKeys.Clear("users", "BE01", "a@example.be");
        Assert.Empty(store.FailedKeys.All());
    }

    [Fact]
    public void ForgetFailuresExcept_DropsKeysTheSourceNoLongerAsksFor()
    {
        using var folder = new TempFolder();
        using var store = SyncStore.Open(folder.File("s.db"), Fixtures.Target);
        store.FailedKeys.RecordFailure("run-1", "users", "BE01", "kept@example.be", "Update", "h", 500, "x", false, Night);
        store.FailedKeys.RecordFailure("run-1", "users", "BE01", "fixed@example.be", "Update", "h", 500, "x", false, Night);
        store.FailedKeys.ForgetExcept("users", new HashSet<(string, string)> { ("BE01", "kept@example.be") });
        Assert.Equal("kept@example.be", Assert.Single(store.FailedKeys.All()).Key);
    }

    [Fact]
    public void QuotaLedger_ReturnsOnlyCallsOfTheKindInsideTheWindow()
    {
        using var folder = new TempFolder();
        using var store = SyncStore.Open(folder.File("s.db"), Fixtures.Target);
        store.Quota.RecordCall(CallKind.Write, Night);
        store.Quota.RecordCall(CallKind.Write, Night.AddSeconds(50));
        store.Quota.RecordCall(CallKind.Read, Night.AddSeconds(55));
        var writes = store.Quota.CallsSince(CallKind.Write, Night.AddSeconds(30));
        Assert.Equal(Night.AddSeconds(50), Assert.Single(writes));
    }

    [Fact]
    public async Task QuotaGate_SeededFromLedger_CountsAnEarlierInvocationsWrites()
    {
        using var folder = new TempFolder();
        using var store = SyncStore.Open(folder.File("s.db"), Fixtures.Target);
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Night);
        var options = new N2fSync.Config.QuotaOptions { TimeZone = "UTC", Night = new() { Reads = 5, Writes = 2 }, Day = new() { Reads = 5, Writes = 2 } };
        var first = new QuotaGate(new QuotaSchedule(options), time, store.Quota);
        await first.WaitAsync(CallKind.Write, default);
        first.Settle(CallKind.Write);
        await first.WaitAsync(CallKind.Write, default);
        first.Settle(CallKind.Write);

        var second = new QuotaGate(new QuotaSchedule(options), time, store.Quota);
        second.SeedFromLedger();
        var third = second.WaitAsync(CallKind.Write, default);
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(61));
        await third.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
