using System.Text.Json;
using N2fSync.Config;
using N2fSync.Emulator;
using N2fSync.Scopes;
using N2fSync.Store;
using N2fSync.Sync;
using N2fSync.Sync.Apply;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Sync.Apply;

/// <summary>A run as the store keeps it: every row's outcome, the source's issues and completeness, metrics, pruning.</summary>
public sealed class SyncRunTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private N2fEmulator _n2f = null!;
    private List<Dictionary<string, string?>> _users = [];

    public async Task InitializeAsync()
    {
        _n2f = await N2fEmulator.StartAsync(new EmulatorOptions());
        _n2f.State.SeedReference();
        _users =
        [
            Fixtures.Row("ann.peeters@example.be", ("Fonction", "Comptable principale")),
            Fixtures.Row("marc.dupont@example.be", ("Prenom", "Marc"), ("Nom", "Dupont"), ("langue", "français")),
            Fixtures.Row("not-an-email"),
        ];
    }

    public async Task DisposeAsync()
    {
        await _n2f.DisposeAsync();
        _folder.Dispose();
    }

    private SyncSession Session(Action<N2fSyncConfig>? configure = null)
    {
        var config = RunBench.EmulatorConfig(_n2f, _folder.File("store.db"));
        configure?.Invoke(config);
        var source = new FakeAgressoSource(new Dictionary<string, IReadOnlyList<Dictionary<string, string?>>> { ["iris_N2F_User"] = _users });
        return new SyncSession(config) { SourceFactory = () => source };
    }

    /// <summary>What Sync-N2fScope -Scope users does, minus PowerShell: the core run itself.</summary>
    private static async Task<SyncRun> SyncUsersAsync(SyncSession session, bool whatIf = false)
    {
        using var run = session.StartRun(new RunRequest { WhatIf = whatIf, UserName = "svc-n2fsync", Host = "AGRESSO-JOB01", ProcessId = 4711 },
            new RecordingHost());
        await run.RunScopesAsync([ScopeDefinition.Users], default);
        run.Complete();
        return run;
    }

    private static List<SyncChangeRecord> Journal(SyncSession session, string runId)
    {
        var found = new List<SyncChangeRecord>();
        session.Store.History.Changes(new ChangeQuery { RunIds = [runId] }, found.Add);
        return found;
    }

    [Fact]
    public async Task Record_EveryRowOnce_SentWritesByTheApplier_OthersWithWhyTheyWereNotSent()
    {
        using var session = Session();

        var run = await SyncUsersAsync(session);

        var journal = Journal(session, run.RunId);
        Assert.Equal(["not-an-email", "ann.peeters@example.be", "marc.dupont@example.be"], journal.Select(c => c.Key));
        Assert.Equal([false, true, true], journal.Select(c => c.Sent));
        Assert.Equal([SyncOutcome.Skipped, SyncOutcome.Created, SyncOutcome.Failed], journal.Select(c => c.Outcome));
        Assert.Contains("culture", journal[2].Message);
    }

    [Fact]
    public async Task RecordSource_KeepsTheIssuesAndTheCompleteness_WithTheRun()
    {
        using var session = Session();

        var run = await SyncUsersAsync(session);

        var record = Assert.Single(session.Store.History.Runs(new RunQuery()));
        Assert.Equal(("users", 3, 2), (record.Completeness[0].Scope, record.Completeness[0].Rows, record.Completeness[0].ValidRows));
        Assert.Equal(DataIssueKindOf(session, run.RunId), [N2fSync.Agresso.DataIssueKind.InvalidEmail]);
        Assert.Equal(1, record.DataIssues);
        Assert.Contains("users 2/3 rows valid", run.Summary.ToString());
    }

    private static N2fSync.Agresso.DataIssueKind[] DataIssueKindOf(SyncSession session, string runId) =>
        session.Store.DataIssues(runId).Select(i => i.Kind).ToArray();

    [Fact]
    public async Task Complete_KeepsMetrics_CallsByVerbAndStatus_CacheUse_Latency()
    {
        using var session = Session();

        await SyncUsersAsync(session);

        var metrics = Assert.Single(session.Store.History.Runs(new RunQuery())).Metrics!;
        Assert.Equal(1, metrics.ApiCalls["POST 400"]);
        Assert.Equal(1, metrics.ApiCalls["POST 200"]);
        Assert.Equal(1, metrics.ApiCalls["AUTH 200"]);
        Assert.Equal(1, metrics.Changes["Create/Failed"]);
        Assert.Equal(0.5, metrics.WriteSuccessRate);
        Assert.Equal((0, 4), (metrics.CacheHits, metrics.CacheMisses));
        Assert.Equal(3, metrics.Rows);
        Assert.True(metrics.Latency.P99 >= metrics.Latency.P50 && metrics.Latency.P50 > 0);
        Assert.True(metrics.PeakWorkingSetMegabytes > 10);
    }

    [Fact]
    public async Task WhatIf_KeepsNothingInTheStore()
    {
        using var session = Session();

        await SyncUsersAsync(session, whatIf: true);

        var journal = new List<SyncChangeRecord>();
        session.Store.History.Changes(new ChangeQuery(), journal.Add);
        Assert.Empty(session.Store.History.Runs(new RunQuery()));
        Assert.Empty(journal);
    }

    [Fact]
    public async Task Complete_PrunesRunsOlderThanTheRetention()
    {
        using var session = Session(c => c.Store.RetentionDays = 30);
        session.Store.Runs.Start(new RunStart("last-year", DateTimeOffset.UtcNow.AddDays(-365), false, "svc-n2fsync", "AGRESSO-JOB01", 1,
            session.Target.Origin, null));

        var run = await SyncUsersAsync(session);

        Assert.Equal([run.RunId], session.Store.History.Runs(new RunQuery()).Select(r => r.Id));
        Assert.Equal(1, run.Pruned!.Runs);
    }

    [Fact]
    public async Task SecondRun_SameStore_ReadsOnlyTheUsersAgain_ReferenceListsFromTheCache()
    {
        using (var first = Session()) await SyncUsersAsync(first);
        _n2f.Requests.Clear();

        using var second = Session();
        await SyncUsersAsync(second);

        var gets = _n2f.Requests.Where(r => r.Method == "GET").Select(r => r.Path.Substring("/services/api/v2/".Length)).ToList();
        Assert.Equal(["users"], gets);
        Assert.Equal(3, second.Cache!.Hits);
    }

    [Fact]
    public async Task QueryMode_SecondPlan_ReadsNothingFromN2f()
    {
        using (var first = Session()) await SyncUsersAsync(first);
        using var compare = Session();
        compare.CacheMode = CacheMode.Query;
        var source = compare.ReadSource(ScopeDefinition.Users, default).ToList();
        await compare.PlanAsync(ScopeDefinition.Users, source, new PlanOptions(), default);
        _n2f.Requests.Clear();

        using var again = Session();
        again.CacheMode = CacheMode.Query;
        var plan = await again.PlanAsync(ScopeDefinition.Users, again.ReadSource(ScopeDefinition.Users, default).ToList(), new PlanOptions(), default);

        Assert.Equal(0, _n2f.Requests.Reads);
        Assert.Equal(["marc.dupont@example.be"], plan.Changes.Where(c => c.Action == ChangeAction.Create).Select(c => c.Key));
    }

    [Fact]
    public async Task SyncReadsFreshOff_PlanForASync_TrustsTheCachedUsersToo()
    {
        using (var compare = Session())
        {
            compare.CacheMode = CacheMode.Query;
            await compare.PlanAsync(ScopeDefinition.Users, compare.ReadSource(ScopeDefinition.Users, default).ToList(), new PlanOptions(), default);
        }
        _n2f.Requests.Clear();

        using var sync = Session(c => c.Cache.SyncReadsFresh = false);
        await sync.PlanAsync(ScopeDefinition.Users, sync.ReadSource(ScopeDefinition.Users, default).ToList(), new PlanOptions(), default);

        Assert.Equal(0, _n2f.Requests.Reads);
    }

    [Fact]
    public async Task JsonLog_HasALinePerApiCallAndPerChange_AndNoSecret()
    {
        var log = _folder.File("logs/n2fsync.jsonl");
        using (var session = Session(c => c.Logging.Json = log)) await SyncUsersAsync(session);

        var lines = File.ReadAllLines(log).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

        Assert.Equal(3, lines.Count(l => l.GetProperty("type").GetString() == "change"));
        Assert.Contains(lines, l => l.GetProperty("type").GetString() == "apiCall" && l.GetProperty("status").GetInt32() == 400);
        Assert.DoesNotContain(EmulatorState.DefaultClientSecret, File.ReadAllText(log));
    }
}
