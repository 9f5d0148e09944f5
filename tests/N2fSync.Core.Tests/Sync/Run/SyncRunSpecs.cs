using N2fSync.Agresso;
using N2fSync.Emulator;
using N2fSync.Scopes;
using N2fSync.Store;
using N2fSync.Sync;
using N2fSync.Sync.Apply;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Sync.Run;

/// <summary>
/// The core run as Sync-N2fScope drives it: read and plan every scope first, gate, ask once per scope and action, apply
/// in order, and end with an outcome that says what really happened.
/// </summary>
public sealed class SyncRunSpecs : IAsyncLifetime
{
    private static readonly RunRequest WithDeletes = new() { Actions = [ChangeAction.Create, ChangeAction.Update, ChangeAction.Delete] };
    private RunBench _bench = null!;

    public async Task InitializeAsync()
    {
        _bench = await RunBench.StartAsync();
        // Three new hires, Ann changed, Parti left (BE01 has others who stay, so the guard lets it through).
        _bench.Users =
        [
            Fixtures.Row("Ann.Peeters@example.be", ("Fonction", "Directrice financière")),
            Fixtures.Row("jean-luc.dubois@example.be", ("Prenom", "Jean-Luc"), ("Manager", "ann.peeters@example.be")),
            Fixtures.Row("chloe.o'neil@example.be", ("Prenom", "Chloé"), ("Nom", "O'Neil")),
            Fixtures.Row("lucas.dhondt@example.be", ("Prenom", "Lucas"), ("Nom", "D'Hondt")),
        ];
        _bench.SeedN2fUser("ann.peeters@example.be", "Ann");
        _bench.SeedN2fUser("parti.ailleurs@example.be", "Parti");
        for (var i = 1; i <= 20; i++) _bench.Users.Add(Fixtures.Row($"agent.{i:00}@example.be"));
        for (var i = 1; i <= 20; i++) _bench.SeedN2fUser($"agent.{i:00}@example.be", "Test");
    }

    public async Task DisposeAsync() => await _bench.DisposeAsync();

    [Fact]
    public async Task Confirmation_IsAskedOncePerScopeAndAction_WithTheCounts()
    {
        var (host, _) = await _bench.RunAsync(["users"], WithDeletes);

        Assert.Equal(["Create 3 users", "Update 21 users", "Delete 1 user"], host.Asked.Select(a => a.Operation));
        Assert.All(host.Asked, a => Assert.Contains(EmulatorState.DefaultClientId, a.Target));
    }

    [Fact]
    public async Task Confirmation_AllAskedBeforeTheFirstWrite()
    {
        var writesWhenAsked = new List<int>();
        var host = new RecordingHost(_ =>
        {
            writesWhenAsked.Add(_bench.Writes().Count());
            return true;
        });

        await _bench.RunAsync(["users"], WithDeletes, host);

        Assert.Equal([0, 0, 0], writesWhenAsked);
    }

    [Fact]
    public async Task Confirmation_Declined_SendsNoneOfThatAction_AndSaysSo()
    {
        var host = new RecordingHost(a => a.Action != ChangeAction.Delete);

        await _bench.RunAsync(["users"], WithDeletes, host);

        Assert.Equal((SyncOutcome.Skipped, "declined at the confirmation prompt."),
            (host.Of("parti.ailleurs@example.be").Outcome, host.Of("parti.ailleurs@example.be").Message));
        Assert.NotNull(_bench.N2f.State.FindUser("parti.ailleurs@example.be"));
        Assert.Equal(SyncOutcome.Created, host.Of("lucas.dhondt@example.be").Outcome);
    }

    [Fact]
    public async Task WhatIf_SendsNothing_CountsWhatWouldBeSent_RecordsNothing()
    {
        var (host, summary) = await _bench.RunAsync(["users"], WithDeletes with { WhatIf = true });

        Assert.Empty(_bench.Writes());
        Assert.Equal(25, summary.WouldWrite);
        Assert.Empty(host.Results);
        using var store = SyncStore.Open(_bench.StorePath);
        Assert.Empty(store.History.Runs(new RunQuery()));
    }

    [Fact]
    public async Task WithoutDelete_TheDeleteIsReportedNotSent()
    {
        var (host, summary) = await _bench.RunAsync(["users"]);

        Assert.Equal("Delete not sent (no -Delete).", host.Of("parti.ailleurs@example.be").Message);
        Assert.Equal(RunOutcome.Success, summary.Outcome);
        Assert.DoesNotContain(_bench.Writes(), w => w.StartsWith("DELETE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ActionUpdate_SendsOnlyUpdates()
    {
        var (host, _) = await _bench.RunAsync(["users"], new RunRequest { Actions = [ChangeAction.Update] });

        Assert.All(_bench.Writes(), w => Assert.Equal("POST users", w));
        Assert.Equal(21, _bench.Writes().Count());
        Assert.Equal(SyncOutcome.Skipped, host.Of("lucas.dhondt@example.be").Outcome);
    }

    [Fact]
    public async Task EverythingInStep_CountsTheUnchanged()
    {
        await _bench.RunAsync(["users"], WithDeletes);

        var (host, summary) = await _bench.RunAsync(["users"], WithDeletes);

        Assert.Empty(host.Results);
        Assert.Equal(24, summary.Unchanged);
        Assert.Equal(RunOutcome.Success, summary.Outcome);
    }

    [Fact]
    public async Task AWrongSecret_FailsTheRun_AtTheFirstScope_WithOneAttempt()
    {
        _bench.Configure = c => c.N2f.ClientSecret = "not-the-secret";

        var (host, summary) = await _bench.RunAsync(["users", "projects", "plates"], WithDeletes);

        Assert.Equal(RunOutcome.Failed, summary.Outcome);
        Assert.Contains("N2F refused the credentials", summary.FailedBecause);
        Assert.Equal([ScopeStatus.Failed, ScopeStatus.NotReached, ScopeStatus.NotReached], summary.ScopeResults.Select(s => s.Status));
        Assert.Single(host.Problems, p => p.Kind == RunProblemKind.AuthenticationFailed);
        Assert.Single(_bench.N2f.Requests, r => r.Path.EndsWith("/auth", StringComparison.Ordinal));
        Assert.Empty(_bench.Writes());
    }

    [Fact]
    public async Task ASourceThatCannotBeRead_FailsItsScope_TheOthersRun()
    {
        _bench.UsersFailWith = new AgressoSourceException("csv source (./agresso), view 'iris_N2F_User': line 42: a quote was left open");
        _bench.Analytics = [AxisFixtures.Row("PRJ-0042")];

        var (host, summary) = await _bench.RunAsync(["users", "projects"], WithDeletes);

        Assert.Equal([ScopeStatus.Failed, ScopeStatus.Completed], summary.ScopeResults.Select(s => s.Status));
        Assert.Equal(RunOutcome.PartialFailure, summary.Outcome);
        Assert.Contains(host.Problems, p => p.Kind == RunProblemKind.SourceFailed && p.Message.Contains("line 42"));
        Assert.DoesNotContain(_bench.Writes(), w => w.Contains("users", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryScopeFailing_IsAFailedRun_NotASuccess()
    {
        _bench.UsersFailWith = new AgressoSourceException("sqlserver source: login failed");

        var (_, summary) = await _bench.RunAsync(["users"], WithDeletes);

        Assert.Equal(RunOutcome.Failed, summary.Outcome);
        Assert.False(summary.Succeeded);
    }

    [Fact]
    public async Task ATimeBudget_SendsTheMostValuableFirst_AndStopsBeforeItEnds()
    {
        // Day quota: 10 writes a minute, so each write takes six seconds of this clock; 25 writes would take 2.5 minutes,
        // the budget of one minute fits nine of them with the margin.
        var clock = new WarpClock(DateTimeOffset.Parse("2026-12-07T10:00:00+01:00"));
        _bench.Time = clock;
        _bench.Configure = c =>
        {
            c.Quotas.WindowSeconds = 60;
            c.Quotas.Day = new() { Reads = 600, Writes = 10 };
            c.Quotas.Night = c.Quotas.Day;
        };
        var host = new RecordingHost();
        host.Emitted += r => { if (r.Sent) clock.Warp(TimeSpan.FromSeconds(6)); };

        var (_, summary) = await _bench.RunAsync(["users"], WithDeletes with { MaxDuration = TimeSpan.FromMinutes(1) }, host);

        var sent = host.Results.Where(r => r.Sent).Select(r => r.Action).ToList();
        Assert.Equal([.. Enumerable.Repeat(ChangeAction.Create, 3), .. Enumerable.Repeat(ChangeAction.Update, 6)], sent);
        Assert.Equal(RunOutcome.Stopped, summary.Outcome);
        Assert.Contains("time budget", summary.StoppedBecause);
        Assert.Contains("16 write(s) left for the next run", summary.StoppedBecause);
        Assert.Equal(SyncOutcome.Skipped, host.Of("parti.ailleurs@example.be").Outcome);
    }

    [Fact]
    public async Task AfterATimeBudget_TheNextRunCarriesOn_WithoutRepeatingAWrite()
    {
        await _bench.RunAsync(["users"], WithDeletes with { MaxDuration = TimeSpan.FromMilliseconds(1) });
        var first = _bench.Writes().Count();

        var (host, summary) = await _bench.RunAsync(["users"], WithDeletes);

        Assert.Equal(0, first);
        Assert.Equal(25, host.Results.Count(r => r.Sent));
        Assert.Equal(RunOutcome.Success, summary.Outcome);
    }

    [Fact]
    public async Task TheEstimate_SaysHowLongAtTheQuotaByDayAndByNight()
    {
        _bench.Configure = c =>
        {
            c.Quotas.WindowSeconds = 60;
            c.Quotas.Day = new() { Reads = 600, Writes = 600 };
            c.Quotas.Night = new() { Reads = 600, Writes = 600 };
        };

        var (_, summary) = await _bench.RunAsync(["users"], WithDeletes with { WhatIf = true });

        Assert.Equal("25 writes: about 3 s by day, 3 s from 20:00", summary.Estimate);
    }
}

/// <summary>The system clock, pushed forward on demand: a run's time budget seen as if each write took minutes.</summary>
internal sealed class WarpClock(DateTimeOffset start) : TimeProvider
{
    private readonly DateTimeOffset _realStart = TimeProvider.System.GetUtcNow();
    private TimeSpan _warp;

    public void Warp(TimeSpan by) => _warp += by;

    public override DateTimeOffset GetUtcNow() => start + (TimeProvider.System.GetUtcNow() - _realStart) + _warp;
}
