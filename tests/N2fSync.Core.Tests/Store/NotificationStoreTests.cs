using N2fSync.Notify;
using N2fSync.Store;
using N2fSync.Store.History;
using N2fSync.Store.Schema;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Store;

/// <summary>Every notification attempt is kept beside its run: in stores of this release and in those of the previous one.</summary>
public sealed class NotificationStoreTests : IDisposable
{
    private static readonly DateTimeOffset Night = new(2026, 12, 4, 21, 30, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static NotificationResult Attempt(string runId, NotifyChannel channel, bool sent) => new()
    {
        RunId = runId, Channel = channel, Status = sent ? NotificationStatus.Sent : NotificationStatus.Failed, At = Night,
        Destination = channel == NotifyChannel.Mail ? "mail to it-ops@example.be via smtp.example.be:587" : "webhook (teams) at hooks.example.com",
        Reason = "PartialFailure", Message = sent ? "N2fSync PartialFailure: run run-1 (1 failed)" : "the webhook answered 500 Internal Server Error.",
    };

    [Fact]
    public void StoreOfVersion2_MigratesToTheCurrentVersion_KeepsItsRuns_AndRecordsNotifications()
    {
        var path = _folder.File("v2.db");
        using (var v2 = StoreDatabase.Open(path, version: 2))
            v2.Execute("INSERT INTO runs (id, started_at, ended_at, scopes, created, outcome, target) VALUES ('run-1', $at, $at, 'users', 4, 'PartialFailure', 'https://www.n2f.com/services/api/v2/ svc-prod')",
                ("$at", StoreTime.Format(Night)));

        using var store = SyncStore.Open(path, Fixtures.Target);
        store.Notifications.Record(Attempt("run-1", NotifyChannel.Webhook, sent: false));
        store.Notifications.Record(Attempt("run-1", NotifyChannel.Mail, sent: true));

        Assert.Equal(StoreSchema.CurrentVersion, store.SchemaVersion);
        var run = Assert.Single(store.History.Runs(new RunQuery()));
        Assert.Equal(("run-1", 4, "Webhook: failed; Mail: sent"), (run.Id, run.Created, run.Notifications));
        var kept = store.Notifications.OfRun("run-1");
        Assert.Equal(["webhook (teams) at hooks.example.com", "mail to it-ops@example.be via smtp.example.be:587"], kept.Select(k => k.Destination));
        Assert.Equal((NotificationStatus.Failed, "the webhook answered 500 Internal Server Error.", Night), (kept[0].Status, kept[0].Message, kept[0].At));
    }

    [Fact]
    public void RunWithoutNotification_HasNone()
    {
        using var store = SyncStore.Open(_folder.File("new.db"), Fixtures.Target);
        store.Database.Execute("INSERT INTO runs (id, started_at, scopes, outcome) VALUES ('run-2', $at, 'users', 'Success')", ("$at", StoreTime.Format(Night)));

        Assert.Null(Assert.Single(store.History.Runs(new RunQuery())).Notifications);
    }

    [Fact]
    public void Pruning_RemovesTheNotificationsOfRunsPastRetention()
    {
        using var store = SyncStore.Open(_folder.File("old.db"), Fixtures.Target);
        store.Database.Execute("INSERT INTO runs (id, started_at, scopes, outcome) VALUES ('run-old', $at, 'users', 'Failed')", ("$at", StoreTime.Format(Night)));
        store.Notifications.Record(Attempt("run-old", NotifyChannel.Mail, sent: true));

        store.Retention.Prune(Night.AddDays(31), retentionDays: 30, cacheMaxMegabytes: 100);

        Assert.Empty(store.Notifications.OfRun("run-old"));
    }
}
