using N2fSync.Agresso;
using N2fSync.Diagnostics;
using N2fSync.Store;
using N2fSync.Sync;
using N2fSync.Sync.Apply;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Store;

/// <summary>What Get-N2fSyncRun and Get-N2fSyncChange read: runs newest first, every row's outcome with its differences.</summary>
public sealed class RunHistoryTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly SyncStore _store;

    public RunHistoryTests() => _store = SyncStore.Open(_folder.File("store.db"), Fixtures.Target);

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    private SyncSummary Run(string id, DateTimeOffset at, RunOutcome outcome = RunOutcome.Success, params string[] scopes)
    {
        var summary = new SyncSummary { RunId = id, StartedAt = at, Target = Fixtures.Target.ToString() };
        foreach (var scope in scopes.Length == 0 ? ["users"] : scopes) summary.Scope(scope).Status = ScopeStatus.Completed;
        _store.Runs.Start(new RunStart(id, at, false, "svc-n2fsync", "AGRESSO-JOB01", 4711, Fixtures.Target.Origin, "/etc/n2fsync/n2fsync.yaml"));
        if (outcome == RunOutcome.Unfinished) return summary;
        if (outcome == RunOutcome.Stopped) summary.StoppedBecause = "cancelled";
        if (outcome == RunOutcome.PartialFailure) summary.Add(new SyncResult { Outcome = SyncOutcome.Failed });
        summary.Complete(at.AddMinutes(12));
        summary.Metrics = new SyncMetrics { Rows = 25, Latency = new LatencyPercentiles { Calls = 3, P50 = 40 } };
        _store.Runs.Complete(summary);
        return summary;
    }

    private static N2fChange Update(string key, string from, string to) => new()
    {
        Scope = "users", Action = ChangeAction.Update, Key = key, Company = "BE01", RowNumber = 7,
        Differences = [new FieldDifference("jobTitle", from, to), new FieldDifference("gotProPayment", null, true)],
    };

    private void Sent(string runId, N2fChange change, SyncOutcome outcome, DateTimeOffset at, int status = 200, string? message = null)
    {
        var id = _store.Journal.Before(runId, change, "hash", at);
        _store.Journal.After(id, new SyncResult { Outcome = outcome, StatusCode = status, Message = message, Timestamp = at, Duration = TimeSpan.FromMilliseconds(80) });
    }

    private List<SyncChangeRecord> Changes(ChangeQuery query)
    {
        var found = new List<SyncChangeRecord>();
        _store.History.Changes(query, found.Add);
        return found;
    }

    [Fact]
    public void Runs_AreListedNewestFirst_WithWhoWhereCountsAndMetrics()
    {
        Run("r1", Monday);
        Run("r2", Monday.AddDays(1), RunOutcome.PartialFailure);

        var runs = _store.History.Runs(new RunQuery());

        Assert.Equal(["r2", "r1"], runs.Select(r => r.Id));
        Assert.Equal(("svc-n2fsync", "AGRESSO-JOB01", RunOutcome.PartialFailure, 1), (runs[0].UserName, runs[0].Host, runs[0].Outcome, runs[0].Failed));
        Assert.Equal(TimeSpan.FromMinutes(12), runs[0].Duration);
        Assert.Equal(40, runs[0].Metrics!.Latency.P50);
    }

    [Fact]
    public void Runs_FilterByScopeOutcomeDatesAndLast()
    {
        Run("r1", Monday, RunOutcome.Success, "users");
        Run("r2", Monday.AddDays(1), RunOutcome.PartialFailure, "users", "projects");
        Run("r3", Monday.AddDays(2), RunOutcome.Stopped, "plates");
        Run("r4", Monday.AddDays(3), RunOutcome.Unfinished);

        Assert.Equal(["r2"], _store.History.Runs(new RunQuery { Scope = "Projects" }).Select(r => r.Id));
        Assert.Equal(["r4", "r3"], _store.History.Runs(new RunQuery { Outcomes = [RunOutcome.Stopped, RunOutcome.Unfinished] }).Select(r => r.Id));
        Assert.Equal(["r3", "r2"], _store.History.Runs(new RunQuery { After = Monday.AddDays(1), Before = Monday.AddDays(3) }).Select(r => r.Id));
        Assert.Equal(["r4"], _store.History.Runs(new RunQuery { Last = 1 }).Select(r => r.Id));
        Assert.Equal(["r1"], _store.History.Runs(new RunQuery { Ids = ["r1"] }).Select(r => r.Id));
    }

    [Fact]
    public void Changes_KeepTheFieldLevelDifferences_N2fAndAgressoValues()
    {
        Run("r1", Monday);
        Sent("r1", Update("ann.peeters@example.be", "Comptable", "Comptable principale"), SyncOutcome.Updated, Monday);

        var change = Assert.Single(Changes(new ChangeQuery()));

        Assert.Equal(("jobTitle", "Comptable", "Comptable principale"), (change.Differences[0].Field, change.Differences[0].N2fValue, change.Differences[0].AgressoValue));
        Assert.Equal(("gotProPayment", null, true), (change.Differences[1].Field, change.Differences[1].N2fValue, change.Differences[1].AgressoValue));
        Assert.True(change.Sent);
        Assert.Equal(7, change.RowNumber);
    }

    [Fact]
    public void Changes_NotSent_AreJournaledWithWhy()
    {
        Run("r1", Monday);
        var skip = new N2fChange { Scope = "users", Action = ChangeAction.Skip, Key = "not-an-email", RowNumber = 6 };

        _store.Journal.NotSent("r1", skip, new SyncResult { Outcome = SyncOutcome.Skipped, Message = "AdresseEmail: 'not-an-email' is not a valid e-mail address.", Timestamp = Monday });

        var change = Assert.Single(Changes(new ChangeQuery { Outcomes = [SyncOutcome.Skipped] }));
        Assert.False(change.Sent);
        Assert.Contains("not a valid e-mail", change.Detail);
        Assert.Empty(_store.Journal.Unfinished("r2"));
    }

    [Fact]
    public void Changes_ForOneUserAcrossRuns_KeyMatchedCaseInsensitivelyWithWildcards()
    {
        Run("r1", Monday);
        Run("r2", Monday.AddDays(1));
        Sent("r1", Update("ann.peeters@example.be", "Comptable", "Comptable principale"), SyncOutcome.Updated, Monday);
        Sent("r1", Update("chloe.o'neil@example.be", "Juriste", "Juriste senior"), SyncOutcome.Updated, Monday);
        Sent("r2", Update("ann.peeters@example.be", "Comptable principale", "Directrice financière"), SyncOutcome.Updated, Monday.AddDays(1));

        Assert.Equal(["r1", "r2"], Changes(new ChangeQuery { Key = "Ann.Peeters@Example.be" }).Select(c => c.RunId));
        Assert.Equal(3, Changes(new ChangeQuery { Key = "*@EXAMPLE.be" }).Count);
        Assert.Equal(["chloe.o'neil@example.be"], Changes(new ChangeQuery { Key = "chloe.o'nei?@*" }).Select(c => c.Key));
        Assert.Empty(Changes(new ChangeQuery { Key = "ann`*" }));
    }

    [Fact]
    public void Changes_FilterByRunScopeOutcomeActionAndDate()
    {
        Run("r1", Monday);
        Run("r2", Monday.AddDays(1));
        Sent("r1", Update("ann.peeters@example.be", "a", "b"), SyncOutcome.Updated, Monday);
        Sent("r2", Update("marc.dupont@example.be", "a", "b"), SyncOutcome.Failed, Monday.AddDays(1), 400, "culture 'français' must be a 2-letter code");
        Sent("r2", new N2fChange { Scope = "projects", Action = ChangeAction.Delete, Key = "PRJ-2019-001", Company = "BE02" }, SyncOutcome.Deleted, Monday.AddDays(1));

        Assert.Equal(["marc.dupont@example.be"], Changes(new ChangeQuery { RunIds = ["r2"], Outcomes = [SyncOutcome.Failed] }).Select(c => c.Key));
        Assert.Equal(["PRJ-2019-001"], Changes(new ChangeQuery { Scopes = ["PROJECTS"] }).Select(c => c.Key));
        Assert.Equal(["PRJ-2019-001"], Changes(new ChangeQuery { Actions = [ChangeAction.Delete] }).Select(c => c.Key));
        Assert.Equal(["ann.peeters@example.be"], Changes(new ChangeQuery { Before = Monday.AddHours(1) }).Select(c => c.Key));
    }

    [Fact]
    public void Changes_WriteStillSending_ReadsAsUnknown()
    {
        Run("r1", Monday, RunOutcome.Unfinished);
        _store.Journal.Before("r1", Update("ann.peeters@example.be", "a", "b"), "hash", Monday);

        var change = Assert.Single(Changes(new ChangeQuery { Outcomes = [SyncOutcome.Unknown] }));

        Assert.Contains("no answer recorded", change.Message);
        Assert.Equal(RunOutcome.Unfinished, Assert.Single(_store.History.Runs(new RunQuery())).Outcome);
    }

    [Fact]
    public void Changes_ManyMoreThanAPage_AllComeInOrder()
    {
        Run("r1", Monday);
        for (var i = 0; i < 1203; i++) Sent("r1", Update($"agent.{i:0000}@example.be", "a", "b"), SyncOutcome.Updated, Monday);

        var keys = Changes(new ChangeQuery { RunIds = ["r1"] }).Select(c => c.Key).ToList();

        Assert.Equal(1203, keys.Count);
        Assert.Equal("agent.1202@example.be", keys[^1]);
    }

    [Fact]
    public void DataIssues_AreKeptPerRun()
    {
        Run("r1", Monday);
        _store.Runs.RecordIssues("r1",
        [
            new DataIssue("users", 9, "long.title@example.be", "Fonction", DataIssueKind.TooLong, "Fonction is 151 characters long; N2F takes at most 100.", new string('x', 151)),
            new DataIssue("users", 3, "chloe.o'neil@example.be", "Nouveau_Email", DataIssueKind.PendingRename, "pending rename", "chloe.oneil@example.be", blocking: false),
        ], Monday);

        var issues = _store.DataIssues("r1");

        Assert.Equal([3, 9], issues.Select(i => i.RowNumber));
        Assert.False(issues[0].IsBlocking);
        Assert.Equal(DataIssueKind.TooLong, issues[1].Kind);
        Assert.Empty(_store.DataIssues("r2"));
    }

    [Fact]
    public void DataIssues_KeepTheFileOrViewTheirRowNumberCountsIn()
    {
        Run("r1", Monday);
        _store.Runs.RecordIssues("r1",
        [
            new DataIssue("users", 42, "ann.peeters@example.be", "Prenom", DataIssueKind.InvalidCharacter, "U+200B (zero width space) in 'Ann\\u200B'", "Ann\u200B")
            {
                Origin = SourceOrigin.CsvFile("iris_N2F_User.csv"),
            },
            new DataIssue("users", 7, null, "AdresseEmail", DataIssueKind.MissingRequired, "AdresseEmail is empty."),
        ], Monday);

        var issues = _store.DataIssues("r1");

        Assert.Equal(["row 7", "iris_N2F_User.csv line 42"], issues.Select(i => i.SourceLocation));
    }
}
