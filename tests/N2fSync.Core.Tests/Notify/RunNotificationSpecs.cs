using System.Text.Json;
using N2fSync.Config;
using N2fSync.Notify;
using N2fSync.Store;
using N2fSync.Store.History;
using N2fSync.Sync;
using N2fSync.Sync.Apply;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Notify;

/// <summary>
/// A run tells notify: how it ended, once, when its outcome or events are in notify.on: by webhook and by mail, to
/// real servers on loopback. A notification that cannot be sent is a warning and a row in the store, never another outcome.
/// </summary>
public sealed class RunNotificationSpecs : IAsyncLifetime
{
    private static readonly RunRequest WithDeletes = new() { Actions = [ChangeAction.Create, ChangeAction.Update, ChangeAction.Delete] };
    private NotifyBench _bench = null!;

    public async Task InitializeAsync()
    {
        _bench = await NotifyBench.StartAsync();
        _bench.Run.Users =
        [
            Fixtures.Row("Ann.Peeters@example.be", ("Fonction", "Directrice financière")),
            Fixtures.Row("chloe.o'neil@example.be", ("Prenom", "Chloé"), ("Nom", "O'Neil")),
        ];
    }

    public async Task DisposeAsync() => await _bench.DisposeAsync();

    private async Task<SyncSummary> RunUsersAsync(RunRequest? request = null) => (await _bench.Run.RunAsync(["users"], request)).Summary;

    private SyncStore OpenStore() => SyncStore.Open(_bench.Run.StorePath);

    private void RefusedByN2f(string mail) => _bench.Run.Users.Add(Fixtures.Row(mail, ("langue", "fr_BE_invalid")));

    [Fact]
    public async Task PartialFailure_PostsOneWebhookWithOutcomeCountsTargetRunIdAndTheRefusedRow()
    {
        RefusedByN2f("marc.dupont@example.be");

        var summary = await RunUsersAsync();

        Assert.Equal(RunOutcome.PartialFailure, summary.Outcome);
        var hook = Assert.Single(_bench.Receiver.Webhooks);
        Assert.Equal("/hooks/" + NotifyBench.HookPath, hook.Path);
        using var body = JsonDocument.Parse(hook.Body);
        var root = body.RootElement;
        Assert.Equal((summary.RunId, "PartialFailure"), (root.GetProperty("runId").GetString(), root.GetProperty("outcome").GetString()));
        Assert.Equal(["PartialFailure"], root.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal((2, 1), (root.GetProperty("counts").GetProperty("created").GetInt32(), root.GetProperty("counts").GetProperty("failed").GetInt32()));
        Assert.Contains(N2fSync.Emulator.EmulatorState.DefaultClientId, root.GetProperty("target").GetString());
        var failure = Assert.Single(root.GetProperty("failures").EnumerateArray());
        Assert.Equal(("marc.dupont@example.be", 400), (failure.GetProperty("key").GetString(), failure.GetProperty("status").GetInt32()));
    }

    [Fact]
    public async Task PartialFailure_MailsOverStartTlsSignedIn_WithTheHtmlReportAttached()
    {
        RefusedByN2f("marc.dupont@example.be");

        var summary = await RunUsersAsync();

        var mail = Assert.Single(_bench.Receiver.Mails);
        Assert.True(mail.Secure, "the mail must travel over TLS (STARTTLS)");
        Assert.Equal("n2fsync", mail.User);
        Assert.Equal(["it-ops@example.be", "Helene.Dupont@example.be"], mail.To);
        Assert.Equal($"N2fSync PartialFailure: run {summary.RunId} (1 failed)", mail.Subject);
        Assert.Contains("marc.dupont@example.be: Create Failed (400)", mail.Text);
        var report = Assert.Single(mail.Attachments);
        Assert.Equal(($"n2fsync-run-{summary.RunId}.html", "text/html"), (report.Name, report.ContentType));
        Assert.Contains("chloe.o&#39;neil@example.be", report.Text);
    }

    [Fact]
    public async Task Success_SendsNothing_UnderTheDefaultEvents()
    {
        var summary = await RunUsersAsync();

        Assert.Equal(RunOutcome.Success, summary.Outcome);
        Assert.Empty(_bench.Receiver.Webhooks);
        Assert.Empty(_bench.Receiver.Mails);
        using var store = OpenStore();
        Assert.Empty(store.Notifications.OfRun(summary.RunId));
    }

    [Fact]
    public async Task WhatIf_SendsNothing_EvenWhenTheOutcomeMatches()
    {
        RefusedByN2f("marc.dupont@example.be");
        _bench.Notify = n => n.On = [NotifyEvent.Failed, NotifyEvent.PartialFailure, NotifyEvent.Stopped, NotifyEvent.Held];

        await RunUsersAsync(new RunRequest { WhatIf = true });

        Assert.Empty(_bench.Receiver.Webhooks);
        Assert.Empty(_bench.Receiver.Mails);
    }

    [Fact]
    public async Task HeldDeletes_AreTold_AndTheOutcomeStaysSuccess()
    {
        foreach (var i in Enumerable.Range(1, 4)) _bench.Run.SeedN2fUser($"parti.{i}@example.be", "Parti");
        _bench.Run.Configure += c => c.Safety.MaxDeleteCount = 2;

        var summary = await RunUsersAsync(WithDeletes);

        Assert.Equal((RunOutcome.Success, 4), (summary.Outcome, summary.Held));
        using var body = JsonDocument.Parse(Assert.Single(_bench.Receiver.Webhooks).Body);
        Assert.Equal(["Held"], body.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(4, body.RootElement.GetProperty("heldDeletes").GetArrayLength());
        Assert.Contains("4 deletes held", Assert.Single(_bench.Receiver.Mails).Subject);
    }

    [Fact]
    public async Task WebhookAnswering500_IsAWarningAndAStoreRow_TheOutcomeUnchanged_TheMailStillSent()
    {
        RefusedByN2f("marc.dupont@example.be");
        _bench.Receiver.Options.WebhookStatus = 500;

        var summary = await RunUsersAsync();

        Assert.Equal(RunOutcome.PartialFailure, summary.Outcome);
        var warning = Assert.Single(_bench.Log.Warnings, w => w.Contains("notification"));
        Assert.Contains($"The notification of run {summary.RunId} by webhook (json) at 127.0.0.1:{_bench.Receiver.HooksUrl.Port} was not sent: the webhook answered 500", warning);
        Assert.Contains($"Send-N2fSyncNotification -RunId {summary.RunId}", warning);
        Assert.Single(_bench.Receiver.Mails);
        using var store = OpenStore();
        var attempts = store.Notifications.OfRun(summary.RunId);
        Assert.Equal([(NotifyChannel.Webhook, NotificationStatus.Failed), (NotifyChannel.Mail, NotificationStatus.Sent)],
            attempts.Select(a => (a.Channel, a.Status)));
        var record = Assert.Single(store.History.Runs(new RunQuery { Ids = [summary.RunId] }));
        Assert.Equal((RunOutcome.PartialFailure, "Webhook: failed; Mail: sent"), (record.Outcome, record.Notifications));
    }

    [Fact]
    public async Task WrongSmtpPassword_IsAWarning_ThatNamesTheLoginButNeverThePassword()
    {
        RefusedByN2f("marc.dupont@example.be");
        _bench.Notify = n => n.Mail!.Password = "Not-The-P@ssword-77";

        var summary = await RunUsersAsync();

        var warning = Assert.Single(_bench.Log.Warnings, w => w.Contains("mail to"));
        Assert.Contains("could not sign in to 127.0.0.1 as n2fsync: the server refused the login and password.", warning);
        Assert.DoesNotContain("Not-The-P@ssword-77", warning);
        Assert.Empty(_bench.Receiver.Mails);
        Assert.Equal(RunOutcome.PartialFailure, summary.Outcome);
    }

    [Fact]
    public async Task SmtpRefusingTheRecipients_IsAWarning_WithTheServersAnswer()
    {
        RefusedByN2f("marc.dupont@example.be");
        _bench.Receiver.Options.RefuseRecipients = true;

        await RunUsersAsync();

        var warning = Assert.Single(_bench.Log.Warnings, w => w.Contains("mail to"));
        Assert.Contains("could not send the mail: the server answered 55", warning);
    }

    [Fact]
    public async Task NoSecret_InTheBodiesWarningsOrStoreRows()
    {
        RefusedByN2f("marc.dupont@example.be");
        _bench.Receiver.Options.WebhookStatus = 500;
        _bench.Receiver.Options.RefuseRecipients = true;

        var summary = await RunUsersAsync();
        _bench.Receiver.Options.WebhookStatus = 200;
        _bench.Receiver.Options.RefuseRecipients = false;
        await RunUsersAsync();

        using var store = OpenStore();
        var seen = string.Join("\n", _bench.Receiver.Webhooks.Select(w => w.Body).Concat(_bench.Receiver.Mails.Select(m => m.Raw))
            .Concat(_bench.Log.Warnings).Concat(_bench.Log.Verboses).Concat(store.Notifications.OfRun(summary.RunId).Select(n => n.Destination + n.Message)));
        foreach (var secret in _bench.Secrets) Assert.DoesNotContain(secret, seen);
        Assert.DoesNotContain(NotifyBench.HookPath, File.ReadAllText(_bench.Run.StorePath));
    }

    [Fact]
    public async Task NewRejectedRows_TellsOnlyRowsThePreviousRunOfTheScopeDidNotReject()
    {
        _bench.Notify = n => n.On = [NotifyEvent.NewRejectedRows];
        _bench.Run.Users.Add(Fixtures.Row("bad.flag@example.be", ("Moyen_Paiement_Prof", "peut-être")));

        await RunUsersAsync();
        await RunUsersAsync();
        _bench.Run.Users.Add(Fixtures.Row("elise.dupont@example.be", ("Creation_Vehicule", "misschien")));
        await RunUsersAsync();

        Assert.Equal(2, _bench.Receiver.Webhooks.Count);
        using var last = JsonDocument.Parse(_bench.Receiver.Webhooks[1].Body);
        Assert.Equal(["users elise.dupont@example.be"], last.RootElement.GetProperty("newRejectedRows").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal((2, 1), (last.RootElement.GetProperty("counts").GetProperty("rejectedRows").GetInt32(),
            last.RootElement.GetProperty("counts").GetProperty("newRejectedRows").GetInt32()));
    }

    [Fact]
    public async Task Resend_SendsARunWhateverItsOutcome_AndRecordsIt()
    {
        var summary = await RunUsersAsync();
        using var session = _bench.Run.Session();

        var results = await session.Notifier!.ResendAsync(summary.RunId, [NotifyChannel.Webhook], default);

        var result = Assert.Single(results!);
        Assert.Equal((NotifyChannel.Webhook, NotificationStatus.Sent, "resent"), (result.Channel, result.Status, result.Reason));
        Assert.Contains($"N2fSync Success: run {summary.RunId}", Assert.Single(_bench.Receiver.Webhooks).Body);
        Assert.Single(session.Store.Notifications.OfRun(summary.RunId));
    }

    [Fact]
    public async Task Resend_OfARunTheStoreDoesNotHave_IsNull()
    {
        using var session = _bench.Run.Session();

        Assert.Null(await session.Notifier!.ResendAsync("20261205-210000-0000", [NotifyChannel.Webhook], default));
        Assert.Empty(_bench.Receiver.Webhooks);
    }

    [Fact]
    public async Task TestMessage_GoesToEveryChannel_AndIsNotRecorded()
    {
        using var session = _bench.Run.Session();

        var results = await session.Notifier!.SendTestAsync([NotifyChannel.Webhook, NotifyChannel.Mail], default);

        Assert.All(results, r => Assert.Equal((NotificationStatus.Sent, true, null), (r.Status, r.Test, r.RunId)));
        using var body = JsonDocument.Parse(Assert.Single(_bench.Receiver.Webhooks).Body);
        Assert.True(body.RootElement.GetProperty("test").GetBoolean());
        Assert.StartsWith("N2fSync test notification from ", Assert.Single(_bench.Receiver.Mails).Subject);
        Assert.Equal(0, session.Store.Database.Scalar("SELECT count(*) FROM notifications"));
    }
}
