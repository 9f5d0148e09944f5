using N2fSync.Emulator;
using N2fSync.Store;
using N2fSync.Store.History;
using N2fSync.Sync.Apply;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Sync.Run;

/// <summary>When N2F allows fewer calls than the configured quota, the run paces to what N2F allowed, and says so.</summary>
public sealed class PacingSpecs : IAsyncLifetime
{
    private RunBench _bench = null!;

    public async Task InitializeAsync()
    {
        // N2F takes 4 writes a second; the configuration says 20.
        _bench = await RunBench.StartAsync(new EmulatorOptions
        {
            Quota = new QuotaOptions { ReadsPerWindow = 100, WritesPerWindow = 4, Window = TimeSpan.FromSeconds(1) },
        });
        _bench.Configure = c =>
        {
            c.Quotas.Day = new() { Reads = 100, Writes = 20 };
            c.Quotas.Night = c.Quotas.Day;
        };
        for (var i = 1; i <= 12; i++) _bench.Users.Add(Fixtures.Row($"stagiaire.{i:00}@example.be", ("Nom", "Lefèvre")));
    }

    public async Task DisposeAsync() => await _bench.DisposeAsync();

    [Fact]
    public async Task AfterA429_TheRunPacesToWhatN2fAllowed_AndItsSummarySaysSo()
    {
        var (_, summary) = await _bench.RunAsync(["users"]);

        Assert.Equal(12, summary.Created);
        Assert.InRange(summary.Throttled, 1, 2);
        Assert.StartsWith("N2F allowed 4 writes per 1 s window from ", summary.PacingNote);
        Assert.Contains("(table: 20)", summary.PacingNote);
        Assert.Contains(summary.PacingNote!, summary.ToString());
    }

    [Fact]
    public async Task ThePacingNote_IsKeptWithTheRun()
    {
        var (_, summary) = await _bench.RunAsync(["users"]);

        using var store = SyncStore.Open(_bench.StorePath);
        Assert.Equal(summary.PacingNote, Assert.Single(store.History.Runs(new RunQuery())).Metrics!.PacingNote);
    }

    [Fact]
    public async Task ARunN2fNeverRefused_HasNoPacingNote()
    {
        _bench.Configure = c =>
        {
            c.Quotas.Day = new() { Reads = 100, Writes = 4 };
            c.Quotas.Night = c.Quotas.Day;
        };

        var (_, summary) = await _bench.RunAsync(["users"]);

        Assert.Equal((0, (string?)null), (summary.Throttled, summary.PacingNote));
        Assert.DoesNotContain("N2F allowed", summary.ToString());
    }
}
