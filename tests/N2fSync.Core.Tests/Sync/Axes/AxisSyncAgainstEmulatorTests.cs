using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.Emulator;
using N2fSync.Scopes;
using N2fSync.Sync;
using N2fSync.Sync.Apply;
using N2fSync.Tests.Support;
using static N2fSync.Tests.Support.AxisFixtures;

namespace N2fSync.Tests.Sync.Axes;

/// <summary>The axis scopes through the real session, client and applier, against the emulator (reference data seeded).</summary>
public sealed class AxisSyncAgainstEmulatorTests : IAsyncLifetime
{
    private const string C1Plates = ReferenceData.Company1PlaqueAxisUuid;
    private const string C2Plates = ReferenceData.Company2PlaqueAxisUuid;
    private N2fEmulator? _n2f;
    private List<Dictionary<string, string?>> _analytics = [];

    private N2fEmulator N2f => _n2f!;

    public async Task InitializeAsync()
    {
        _n2f = await N2fEmulator.StartAsync(new EmulatorOptions { DateStyle = DateStyle.ParisOffset });
        N2f.State.SeedReference();
    }

    public async Task DisposeAsync() => await N2f.DisposeAsync();

    private SyncSession Session(FakeAgressoSource? source = null)
    {
        // Each session its own store: journal, failed keys and quota spend must not leak between tests.
        var config = RunBench.EmulatorConfig(N2f, System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"n2fsync-axes-{Guid.NewGuid():N}.db"));
        config.Axes = BuiltInAxisScopes.Create();
        source ??= Source();
        return new SyncSession(config) { SourceFactory = () => source };
    }

    private FakeAgressoSource Source() => new(new Dictionary<string, IReadOnlyList<Dictionary<string, string?>>>
    {
        ["iris_N2F_Analytics"] = _analytics,
    });

    private static Dictionary<string, string?> Plate(string client, string code, string description, string from = "2024-03-15", string to = "2099-12-31") =>
        Row(code, ("typ", "PLAQUE"), ("client", client), ("description", description), ("date_from", from), ("date_to", to));

    /// <summary>Runs the scope as Sync-N2fScope -Delete -AllowMassDelete does: read, plan, gate, apply.</summary>
    private static async Task<(SyncSummary Summary, List<SyncResult> Results)> SyncAsync(SyncSession session, string scopeName)
    {
        session.Scopes.TryGet(scopeName, out var scope);
        var host = new RecordingHost();
        using var run = session.StartRun(new RunRequest
        {
            Actions = [ChangeAction.Create, ChangeAction.Update, ChangeAction.Delete], AllowMassDelete = true,
        }, host);
        await run.RunScopesAsync([scope], default);
        run.Complete();
        return (run.Summary, host.Results);
    }

    private IEnumerable<string> Writes() =>
        N2f.Requests.Where(r => r.IsWrite).Select(r => $"{r.Method} {r.Path.Substring("/services/api/v2/".Length)}");

    [Fact]
    public async Task Sync_PlateValues_AreWrittenToEachCompanysOwnAxisUuid()
    {
        _analytics = [Plate("BE01", "1-ABC-123", "Škoda Octavia"), Plate("BE02", "1-KLM-321", "Opel Corsa (pool)")];
        using var session = Session();

        var (_, results) = await SyncAsync(session, "plates");

        Assert.All(results, r => Assert.Equal(SyncOutcome.Created, r.Outcome));
        Assert.Equal([$"POST companies/c-1/axes/{C1Plates}", $"POST companies/c-2/axes/{C2Plates}"], Writes());
        Assert.Equal("Škoda Octavia", N2f.State.FindAxisValue("c-1", C1Plates, "1-ABC-123")!.Names[0].Value);
        Assert.Null(N2f.State.FindAxisValue("c-1", C1Plates, "1-ABC-123")!.ValidityDateTo);
    }

    [Fact]
    public async Task Sync_ValueGoneFromSource_IsDeletedAtItsCodeUnderItsCompanysAxis()
    {
        _analytics = [Plate("BE02", "1-KLM-321", "Opel Corsa (pool)")];
        N2f.State.UpsertAxisValue("c-2", C2Plates, "1-KLM-321", "Opel Corsa (pool)", new DateOnly(2024, 3, 15));
        N2f.State.UpsertAxisValue("c-2", C2Plates, "1-OLD-999", "Peugeot 308 SW", new DateOnly(2020, 2, 1));
        N2f.State.UpsertAxisValue("c-1", C1Plates, "1-OLD-999", "Peugeot 308 SW", new DateOnly(2020, 2, 1));
        using var session = Session();

        var (_, results) = await SyncAsync(session, "plates");

        Assert.Equal(SyncOutcome.Deleted, Assert.Single(results).Outcome);
        Assert.Equal([$"DELETE companies/c-2/axes/{C2Plates}/1-OLD-999"], Writes());
        Assert.Null(N2f.State.FindAxisValue("c-2", C2Plates, "1-OLD-999"));
        Assert.NotNull(N2f.State.FindAxisValue("c-1", C1Plates, "1-OLD-999"));
    }

    [Fact]
    public async Task Sync_SecondRun_WithDatesAnsweredInParisOffset_WritesNothing()
    {
        _analytics =
        [
            Row("PRJ-0042", ("date_from", "2026-01-01"), ("date_to", "2099-12-31")),
            Row("PRJ-0050", ("description", "Audit énergétique – Hôtel de ville"), ("date_from", "2025-01-15"), ("date_to", "31/12/2026")),
            Row("PRJ-0042", ("client", "BE02"), ("description", "Renovatie school Sint-Jozef")),
        ];
        using (var first = Session()) await SyncAsync(first, "projects");
        N2f.Requests.Clear();

        using var second = Session();
        var (summary, results) = await SyncAsync(second, "projects");

        Assert.Empty(results);
        Assert.Equal(3, summary.Unchanged);
        Assert.Empty(Writes());
        Assert.Equal(new DateOnly(2026, 12, 31), N2f.State.FindAxisValue("c-1", "projects", "PRJ-0050")!.ValidityDateTo);
    }

    [Fact]
    public async Task Plan_CompanyWithoutTheAxis_RejectsItsRowsAndReadsNoneOfItsValues()
    {
        N2f.State.AddCompany("c-3", "LU01", "Exemple Luxembourg SA");
        _analytics = [Plate("LU01", "L-AB-1234", "Citroën Berlingo"), Plate("BE01", "1-ABC-123", "Škoda Octavia")];
        using var session = Session();
        session.Scopes.TryGet("plates", out var plates);

        var plan = await session.PlanAsync(plates, session.ReadSource(plates, default).ToList(), new PlanOptions(), default);

        Assert.Equal(DataIssueKind.UnknownAxis, Assert.Single(plan.Issues).Kind);
        Assert.Contains("LU01", plan.Issues[0].Message);
        Assert.Equal([ChangeAction.Skip, ChangeAction.Create], plan.Changes.Select(c => c.Action));
        Assert.DoesNotContain(N2f.Requests, r => r.Path.Contains("companies/c-3/axes/"));
    }

    [Fact]
    public void ReadSource_SeveralAxisScopes_ReadTheAnalyticsViewOnce()
    {
        _analytics = [Row("PRJ-0042"), Plate("BE01", "1-ABC-123", "Škoda Octavia"), Row("SP-1", ("typ", "SUBPOST"), ("description", "Carburant"))];
        var source = Source();
        using var session = Session(source);

        var counts = session.Scopes.Resolve(["all"]).Where(s => s.Kind == ScopeKind.AxisValues)
            .Select(s => session.ReadSource(s, default).Count()).ToList();

        Assert.Equal([1, 1, 1], counts);
        Assert.Equal(1, source.ReadsOf("iris_N2F_Analytics"));
    }

    [Fact]
    public async Task Plan_PlatesThenSubposts_ReadEachCompanysAxesOnce()
    {
        _analytics = [Plate("BE01", "1-ABC-123", "Škoda Octavia"), Row("SP-1", ("typ", "SUBPOST"), ("description", "Carburant"))];
        using var session = Session();
        foreach (var name in new[] { "plates", "subposts" })
        {
            session.Scopes.TryGet(name, out var scope);
            await session.PlanAsync(scope, session.ReadSource(scope, default).ToList(), new PlanOptions(), default);
        }

        Assert.Equal(1, N2f.Requests.CountWhere(r => r.Path.EndsWith("companies/c-1/axes", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ReadN2f_Plates_StreamsTypedValuesOfEveryCompany()
    {
        N2f.State.UpsertAxisValue("c-1", C1Plates, "1-ABC-123", "Škoda Octavia", new DateOnly(2024, 3, 15));
        N2f.State.UpsertAxisValue("c-2", C2Plates, "1-KLM-321", "Opel Corsa (pool)");
        using var session = Session();
        session.Scopes.TryGet("plates", out var plates);
        var values = new List<object>();

        await session.ReadN2fAsync(plates, values.Add, default);

        var typed = values.Cast<N2fSync.N2f.N2fAxisValue>().ToList();
        Assert.Equal([("BE01", "1-ABC-123", C1Plates), ("BE02", "1-KLM-321", C2Plates)], typed.Select(v => (v.Company, v.Code, v.AxisId)));
        Assert.Equal("2024-03-15T01:00:00+01:00", typed[0].ValidFrom);
        Assert.Equal("Škoda Octavia", typed[0].NameIn("nl"));
    }
}
