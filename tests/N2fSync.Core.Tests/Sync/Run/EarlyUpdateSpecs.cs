using N2fSync.Emulator;
using N2fSync.Sync.Apply;
using N2fSync.Sync;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Sync.Run;

/// <summary>
/// A large tenant with few changes: the users' updates go while N2F's later pages are still read, one call in flight,
/// each quota respected, so the run takes the longer of reading and writing rather than their sum. Only updates, only
/// when nobody is asked about them, no time budget, and only those the rest of the read cannot change.
/// </summary>
public sealed class EarlyUpdateSpecs : IAsyncLifetime
{
    private const string Boss = "marie.dupont@example.be";
    private RunBench _bench = null!;

    public async Task InitializeAsync()
    {
        _bench = await RunBench.StartAsync();
        // Pages of 5 users, 2 reads a second: after the first page the read waits for its quota while writes go.
        _bench.Configure = c =>
        {
            c.N2f.PageSize = 5;
            c.Quotas.Day = new() { Reads = 2, Writes = 1000 };
            c.Quotas.Night = c.Quotas.Day;
        };
        // Twelve agents changed in N2F (their first name), two new hires.
        for (var i = 1; i <= 12; i++)
        {
            _bench.Users.Add(Fixtures.Row($"agent.{i:00}@example.be", ("Prenom", "Zoë")));
            _bench.SeedN2fUser($"agent.{i:00}@example.be", "Zoe");
        }
        _bench.Users.Add(Fixtures.Row("chloe.o'neil@example.be", ("Prenom", "Chloé"), ("Nom", "O'Neil")));
        _bench.Users.Add(Fixtures.Row("lucas.dhondt@example.be", ("Prenom", "Lucas"), ("Nom", "D'Hondt")));
    }

    public async Task DisposeAsync() => await _bench.DisposeAsync();

    /// <summary>Puts <paramref name="mail"/> first in N2F's order, before the agents.</summary>
    private void SeedN2fFirst(string mail)
    {
        for (var i = 1; i <= 12; i++) _bench.N2f.State.RemoveUser($"agent.{i:00}@example.be");
        _bench.SeedN2fUser(mail, "Marie");
        for (var i = 1; i <= 12; i++) _bench.SeedN2fUser($"agent.{i:00}@example.be", "Zoe");
    }

    private int UsersPagesRead() => _bench.N2f.Requests.CountWhere(r => !r.IsWrite && r.Path.EndsWith("/users", StringComparison.Ordinal));

    /// <summary>Runs the users scope; returns the keys whose result came while N2F's users were still read.</summary>
    private async Task<(RecordingHost Host, SyncSummary Summary, HashSet<string> DuringRead)> RunAsync(RecordingHost host,
        RunRequest? request = null)
    {
        var pagesAt = new List<(string Key, int Pages)>();
        host.Emitted += r => pagesAt.Add((r.Key, UsersPagesRead()));
        var (_, summary) = await _bench.RunAsync(["users"], request, host);
        var pages = UsersPagesRead();
        return (host, summary, pagesAt.Where(p => p.Pages < pages).Select(p => p.Key).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Updates_GoWhileLaterPagesAreRead_WhenNobodyIsAskedAboutThem()
    {
        var (host, summary, duringRead) = await RunAsync(RecordingHost.Unattended());

        Assert.Contains("agent.01@example.be", duringRead);
        Assert.All(duringRead, key => Assert.Equal(SyncOutcome.Updated, host.Of(key).Outcome));
        Assert.InRange(summary.SentWhileReading, duringRead.Count, 12);
        Assert.Equal(12, summary.Updated);
        Assert.Equal("Zoë", _bench.N2f.State.FindUser("agent.12@example.be")!.Firstname);
    }

    [Fact]
    public async Task EachChange_HasOneResult_TheEarlyUpdatesFirst()
    {
        var (host, summary, duringRead) = await RunAsync(RecordingHost.Unattended());

        Assert.Equal(14, host.Results.Count);
        Assert.Equal(14, host.Results.Select(r => r.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(host.Results.Take(duringRead.Count), r => Assert.Contains(r.Key, duringRead));
        Assert.Equal(14, _bench.Writes().Count());
        Assert.Equal(14, summary.PlannedWrites);
    }

    [Fact]
    public async Task TheConfirmation_CountsOnlyWhatIsLeftToSend()
    {
        var (host, summary, _) = await RunAsync(RecordingHost.Unattended());

        Assert.Equal("Create 2 users", host.Asked[0].Operation);
        Assert.Equal(12 - summary.SentWhileReading, host.Asked.Where(a => a.Action == ChangeAction.Update).Sum(a => a.Count));
    }

    [Fact]
    public async Task AHostThatAsksBeforeUpdates_GetsNoUpdateBeforeTheReadEnds()
    {
        var (host, summary, duringRead) = await RunAsync(new RecordingHost(asksBefore: a => a == ChangeAction.Update));

        Assert.Empty(duringRead);
        Assert.Equal(0, summary.SentWhileReading);
        Assert.Equal(["Create 2 users", "Update 12 users"], host.Asked.Select(a => a.Operation));
    }

    [Fact]
    public async Task UnderATimeBudget_NothingGoesBeforeTheWholeRunIsPlanned()
    {
        var (host, summary, duringRead) = await RunAsync(RecordingHost.Unattended(), new RunRequest { MaxDuration = TimeSpan.FromHours(2) });

        Assert.Empty(duringRead);
        Assert.Equal(0, summary.SentWhileReading);
        Assert.Equal(12, summary.Updated);
    }

    [Fact]
    public async Task WithoutUpdatesAmongTheActions_NothingGoesEarly()
    {
        var (host, _, duringRead) = await RunAsync(RecordingHost.Unattended(), new RunRequest { Actions = [ChangeAction.Create] });

        Assert.Empty(duringRead);
        Assert.Equal("Update not sent (-Action does not name Update).", host.Of("agent.01@example.be").Message);
    }

    [Fact]
    public async Task AnUpdateNamingAManagerAlreadySeenInN2f_GoesEarly()
    {
        // Marie comes first in N2F's order: when agent.02 is compared, she is known to exist.
        SeedN2fFirst(Boss);
        _bench.Users.Add(Fixtures.Row(Boss, ("Prenom", "Marie"), ("Nom", "Dupont")));
        _bench.Users[1] = Fixtures.Row("agent.02@example.be", ("Prenom", "Zoë"), ("Manager", Boss));

        var (host, _, duringRead) = await RunAsync(RecordingHost.Unattended());

        Assert.Contains("agent.02@example.be", duringRead);
        Assert.Equal(Boss, _bench.N2f.State.FindUser("agent.02@example.be")!.ManagerMail);
        Assert.Equal(SyncOutcome.Updated, host.Of("agent.02@example.be").Outcome);
    }

    [Fact]
    public async Task AnUpdateNamingAManagerNotSeenYet_WaitsForTheWholePlan()
    {
        // Marie comes after every agent in N2F's order: when agent.01 is compared, she could still be a new hire.
        _bench.SeedN2fUser(Boss, "Marie");
        _bench.Users.Add(Fixtures.Row(Boss, ("Prenom", "Marie"), ("Nom", "Dupont")));
        _bench.Users[0] = Fixtures.Row("agent.01@example.be", ("Prenom", "Zoë"), ("Manager", Boss));

        var (host, _, duringRead) = await RunAsync(RecordingHost.Unattended());

        Assert.DoesNotContain("agent.01@example.be", duringRead);
        Assert.Contains("agent.02@example.be", duringRead);
        Assert.Equal(SyncOutcome.Updated, host.Of("agent.01@example.be").Outcome);
        Assert.Equal(Boss, _bench.N2f.State.FindUser("agent.01@example.be")!.ManagerMail);
    }

    [Fact]
    public async Task AnUpdateOfAUserWithANewAddress_WaitsForTheWholePlan()
    {
        // A rename in N2F by hand may still show up on a later page as a conflict: nothing of this row goes early.
        _bench.Users[0] = Fixtures.Row("agent.01@example.be", ("Prenom", "Zoë"), ("Nouveau_Email", "zoe.agent@example.be"));

        var (host, _, duringRead) = await RunAsync(RecordingHost.Unattended());

        Assert.DoesNotContain("agent.01@example.be", duringRead);
        Assert.Equal(SyncOutcome.Updated, host.Of("agent.01@example.be").Outcome);
    }

    [Fact]
    public async Task TheSummary_SaysHowManyUpdatesWentWhileN2fWasRead()
    {
        var (_, summary, _) = await RunAsync(RecordingHost.Unattended());

        Assert.Contains($"12 updated ({summary.SentWhileReading} while N2F was read)", summary.ToString());
    }
}
