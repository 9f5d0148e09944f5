using N2fSync.Emulator;
using N2fSync.Store;
using N2fSync.Sync.Apply;
using N2fSync.Sync.Ports;
using N2fSync.Sync;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Sync.Run;

/// <summary>
/// A write whose answer is lost is not sent again blindly during a run: at the end of its scope N2F is read back, what
/// landed is done without a second write, the rest is sent again, and what waited for it goes then. Every change ends
/// with one result, its real outcome, and so does its journal row; only what stays unknown is a failure.
/// </summary>
public sealed class LostAnswerSpecs : IAsyncLifetime
{
    private const string Ann = "ann.peeters@example.be";
    private const string JeanLuc = "jean-luc.dubois@example.be";
    private const string Lucas = "lucas.dhondt@example.be";
    private const string Marc = "marc.lefevre@example.be";
    private const string Parti = "parti.ailleurs@example.be";
    private static readonly RunRequest WithDeletes = new() { Actions = [ChangeAction.Create, ChangeAction.Update, ChangeAction.Delete] };
    private RunBench _bench = null!;
    private LosingAnswers _proxy = null!;

    public async Task InitializeAsync()
    {
        _bench = await RunBench.StartAsync();
        // Ann and Jean-Luc, her report, are new hires; Lucas is new; Marc moves from Parti, who left, to Ann.
        _bench.Users =
        [
            Fixtures.Row("Ann.Peeters@example.be", ("Fonction", "Directrice financière")),
            Fixtures.Row(JeanLuc, ("Prenom", "Jean-Luc"), ("Nom", "Dubois"), ("Manager", Ann)),
            Fixtures.Row(Lucas, ("Prenom", "Lucas"), ("Nom", "D'Hondt")),
            Fixtures.Row(Marc, ("Prenom", "Marc"), ("Nom", "Lefèvre"), ("Manager", Ann)),
        ];
        _bench.SeedN2fUser(Parti, "Parti");
        _bench.SeedN2fUser(Marc, "Marc", managerMail: Parti);
        for (var i = 1; i <= 10; i++)
        {
            _bench.Users.Add(Fixtures.Row($"agent.{i:00}@example.be"));
            _bench.SeedN2fUser($"agent.{i:00}@example.be", "Test");
        }
        _proxy = new LosingAnswers();
        _bench.Handler = _proxy.Handler;
    }

    public async Task DisposeAsync() => await _bench.DisposeAsync();

    private IReadOnlyList<JournalEntry> Journal(string runId)
    {
        using var store = SyncStore.Open(_bench.StorePath, new N2fSync.N2f.N2fTarget(_bench.N2f.BaseUrl.ToString(), EmulatorState.DefaultClientId));
        return store.JournalOf(runId);
    }

    [Fact]
    public async Task ACreateWhoseAnswerWasLost_IsReadBackAsCreated_WithoutASecondWrite()
    {
        _proxy.LoseAnswerOf(Lucas);

        var (host, summary) = await _bench.RunAsync(["users"], WithDeletes);

        Assert.Equal([Lucas], _proxy.Lost);
        Assert.Equal((SyncOutcome.Created, true), (host.Of(Lucas).Outcome, host.Of(Lucas).Sent));
        Assert.Contains("the answer was lost; read back: N2F holds what was sent", host.Of(Lucas).Message);
        Assert.Equal(15, _bench.N2f.Requests.Writes);
        Assert.Equal((0, RunOutcome.Success), (summary.Failed, summary.Outcome));
    }

    [Fact]
    public async Task EveryChange_HasOneResult_AndItsJournalRowEndsWithTheRealOutcome()
    {
        _proxy.LoseAnswerOf(Lucas).LoseAnswerOf("agent.03@example.be");

        var (host, summary) = await _bench.RunAsync(["users"], WithDeletes);

        Assert.Equal(host.Results.Count, host.Results.Select(r => r.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.DoesNotContain(host.Results, r => r.Outcome == SyncOutcome.Unknown);
        var journal = Journal(summary.RunId);
        Assert.Equal(host.Results.Count, journal.Count);
        Assert.All(journal, e => Assert.Equal(JournalEntry.Done, e.State));
        Assert.Equal(("Created", "Updated"), (journal.Single(e => e.Key == Lucas).Outcome, journal.Single(e => e.Key == "agent.03@example.be").Outcome));
    }

    [Fact]
    public async Task AReportWaitsForItsManagersLostCreate_AndIsCreatedOnceItIsSettled()
    {
        _proxy.LoseAnswerOf(Ann);

        var (host, summary) = await _bench.RunAsync(["users"], WithDeletes);

        Assert.Equal(SyncOutcome.Created, host.Of(Ann).Outcome);
        Assert.Equal((SyncOutcome.Created, (string?)null), (host.Of(JeanLuc).Outcome, host.Of(JeanLuc).Message));
        Assert.True(host.Results.FindIndex(r => r.Key == Ann) < host.Results.FindIndex(r => r.Key == JeanLuc));
        Assert.Equal(Ann, _bench.N2f.State.FindUser(JeanLuc)!.ManagerMail);
        Assert.Equal(0, summary.Failed);
    }

    [Fact]
    public async Task AManagersDeleteWaitsForAReportsLostMove_AndGoesOnceItIsSettled()
    {
        _proxy.LoseAnswerOf(Marc);

        var (host, _) = await _bench.RunAsync(["users"], WithDeletes);

        Assert.Equal(SyncOutcome.Updated, host.Of(Marc).Outcome);
        Assert.Equal(SyncOutcome.Deleted, host.Of(Parti).Outcome);
        Assert.Null(_bench.N2f.State.FindUser(Parti));
        Assert.Equal(Ann, _bench.N2f.State.FindUser(Marc)!.ManagerMail);
    }

    [Fact]
    public async Task AWriteThatNeverReachedN2f_IsSentAgainOnce_InTheJournalRowOfItsFirstSend()
    {
        _proxy.Drop(Lucas);

        var (host, summary) = await _bench.RunAsync(["users"], WithDeletes);

        Assert.Equal(SyncOutcome.Created, host.Of(Lucas).Outcome);
        Assert.Contains("read back: N2F does not hold it; sent again", host.Of(Lucas).Message);
        Assert.NotNull(_bench.N2f.State.FindUser(Lucas));
        var entry = Assert.Single(Journal(summary.RunId), e => e.Key == Lucas);
        Assert.Equal((JournalEntry.Done, "Created", 200), (entry.State, entry.Outcome, entry.StatusCode));
    }

    [Fact]
    public async Task AWriteLostAgainWhenSentAgain_IsSettledInASecondRound()
    {
        _proxy.Drop(Lucas).LoseAnswerOf(Lucas);

        var (host, summary) = await _bench.RunAsync(["users"], WithDeletes);

        Assert.Equal([Lucas, Lucas], _proxy.Lost);
        Assert.Equal(SyncOutcome.Created, host.Of(Lucas).Outcome);
        Assert.Contains("read back: N2F holds what was sent", host.Of(Lucas).Message);
        Assert.Equal(0, summary.Failed);
    }

    [Fact]
    public async Task AWriteTheRunCouldNotSettle_StaysUnknown_IsAFailure_AndTheNextRunSettlesIt()
    {
        // Two lost answers in a row reach the failure ceiling: the run stops before it can read N2F back.
        _bench.Configure = c => c.Safety.MaxConsecutiveFailures = 2;
        _proxy.LoseAnswerOf(Ann).LoseAnswerOf(Lucas);

        var (host, summary) = await _bench.RunAsync(["users"], WithDeletes);
        _bench.Configure = null;
        _bench.N2f.Requests.Clear();
        var (next, _) = await _bench.RunAsync(["users"], WithDeletes);

        Assert.Equal((SyncOutcome.Unknown, true), (host.Of(Lucas).Outcome, host.Of(Lucas).Sent));
        Assert.Contains("the next run's fresh read of N2F settles it", host.Of(Lucas).Message);
        Assert.Equal(SyncOutcome.Skipped, host.Of(JeanLuc).Outcome);
        Assert.Equal((2, RunOutcome.Stopped), (summary.Failed, summary.Outcome));
        Assert.Equal("Unknown", Journal(summary.RunId).Single(e => e.Key == Lucas).Outcome);
        Assert.DoesNotContain(next.Results, r => r.Key is Ann or Lucas);
        Assert.Equal(SyncOutcome.Created, next.Of(JeanLuc).Outcome);
    }

    [Fact]
    public async Task ThroughLostAnswersAtRandom_EveryNeededWriteIsAppliedOnce_WithNo429()
    {
        await using var bench = await RunBench.StartAsync(new EmulatorOptions
        {
            Quota = new QuotaOptions { ReadsPerWindow = 200, WritesPerWindow = 50, Window = TimeSpan.FromSeconds(1) },
            Faults = { LostResponseRate = 0.15, Seed = 4711 },
        });
        bench.Configure = c =>
        {
            c.Quotas.Day = new() { Reads = 200, Writes = 50 };
            c.Quotas.Night = c.Quotas.Day;
            c.N2f.PageSize = 10;
        };
        // 30 hires, 20 changes, 5 leavers, 10 new projects: 65 writes needed.
        for (var i = 1; i <= 30; i++) bench.Users.Add(Fixtures.Row($"nouveau.{i:00}@example.be", ("Nom", "Lefèvre")));
        for (var i = 1; i <= 20; i++)
        {
            bench.Users.Add(Fixtures.Row($"agent.{i:00}@example.be", ("Manager", i > 1 ? "agent.01@example.be" : "")));
            bench.SeedN2fUser($"agent.{i:00}@example.be", "Test", managerMail: i > 1 ? "agent.01@example.be" : null);
        }
        for (var i = 1; i <= 5; i++) bench.SeedN2fUser($"parti.{i}@example.be", "Parti");
        bench.Analytics = [.. Enumerable.Range(1, 10).Select(i => AxisFixtures.Row($"PRJ-{i:0000}"))];

        var (host, summary) = await bench.RunAsync(["users", "projects"], WithDeletes with { AllowMassDelete = true }, RecordingHost.Unattended());
        var (lost, applied, throttled) = (bench.N2f.Requests.CountWhere(r => r.LostAnswerStatus is not null), bench.Applied(),
            bench.N2f.Requests.Status429Count);
        bench.N2f.Options.Faults.LostResponseRate = 0;
        bench.N2f.Requests.Clear();
        var (second, _) = await bench.RunAsync(["users", "projects"], WithDeletes with { AllowMassDelete = true });

        Assert.True(lost > 0, "the seeded faults lose some answers");
        Assert.Equal(65, applied);
        Assert.Equal(0, throttled + summary.Throttled);
        Assert.Equal(65, host.Results.Count(r => r.Sent));
        Assert.DoesNotContain(host.Results, r => r.Outcome == SyncOutcome.Unknown);
        Assert.Equal((0, RunOutcome.Success), (summary.Failed, summary.Outcome));
        Assert.DoesNotContain(second.Results, r => r.Sent);
    }
}
