using N2fSync.Config;
using QuotaOptions = N2fSync.Config.QuotaOptions;
using N2fSync.Emulator;
using N2fSync.N2f;
using N2fSync.N2f.Http;
using N2fSync.N2f.Quota;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.N2f;

/// <summary>
/// N2F allows one call at a time per API client. Two clients that do not share memory (two processes: a Compare at the
/// prompt during a scheduled Sync) take turns through the lock file, and count each other's calls against the quota.
/// </summary>
public sealed class ClientCallLockTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private N2fEmulator _n2f = null!;

    public async Task InitializeAsync()
    {
        _n2f = await N2fEmulator.StartAsync(new EmulatorOptions { ResponseDelay = TimeSpan.FromMilliseconds(40) });
        _n2f.State.SeedReference();
    }

    public async Task DisposeAsync()
    {
        await _n2f.DisposeAsync();
        _folder.Dispose();
    }

    private N2fClient Client(bool shareTurns, QuotaOptions? quotas = null)
    {
        var options = new N2fOptions { BaseUrl = _n2f.BaseUrl.ToString(), RetryBaseDelaySeconds = 0.01 };
        quotas ??= new QuotaOptions { WindowSeconds = 1, Day = new() { Reads = 1000, Writes = 1000 }, Night = new() { Reads = 1000, Writes = 1000 } };
        var client = new N2fClient(options, new N2fCredentials(EmulatorState.DefaultClientId, EmulatorState.DefaultClientSecret),
            new QuotaGate(new QuotaSchedule(quotas), TimeProvider.System));
        if (shareTurns) client.CallLock = new ClientCallLock(_folder.File("calls.lock"), TimeSpan.FromSeconds(quotas.WindowSeconds));
        return client;
    }

    private static Task ReadManyAsync(N2fClient client, int calls) => Task.Run(async () =>
    {
        for (var i = 0; i < calls; i++) await client.GetAsync("companies?start=0&limit=200", default);
    });

    [Fact]
    public async Task TwoClientsSharingTheLock_NeverHaveTwoCallsInFlight()
    {
        using var scheduled = Client(shareTurns: true);
        using var atThePrompt = Client(shareTurns: true);

        await Task.WhenAll(ReadManyAsync(scheduled, 15), ReadManyAsync(atThePrompt, 15));

        Assert.Equal(30, _n2f.Requests.Count(r => r.Path.EndsWith("companies", StringComparison.Ordinal)));
        Assert.Equal(1, _n2f.Requests.MaxConcurrency);
    }

    [Fact]
    public async Task TwoClientsWithoutIt_DoOverlap()
    {
        // The same load without the lock: what the lock is for, and proof the first test can fail.
        using var scheduled = Client(shareTurns: false);
        using var atThePrompt = Client(shareTurns: false);

        await Task.WhenAll(ReadManyAsync(scheduled, 15), ReadManyAsync(atThePrompt, 15));

        Assert.Equal(2, _n2f.Requests.MaxConcurrency);
    }

    [Fact]
    public async Task EachClientCountsTheOthersCalls_SoTogetherTheyStayUnderTheQuota()
    {
        // Six reads a window for the API client, whoever makes them: N2F answers 429 to the seventh.
        var quotas = new QuotaOptions { WindowSeconds = 1, Day = new() { Reads = 6, Writes = 6 }, Night = new() { Reads = 6, Writes = 6 } };
        await _n2f.DisposeAsync();
        _n2f = await N2fEmulator.StartAsync(new EmulatorOptions
        {
            Quota = new N2fSync.Emulator.QuotaOptions { ReadsPerWindow = 6, WritesPerWindow = 6, Window = TimeSpan.FromSeconds(1) },
        });
        _n2f.State.SeedReference();
        using var first = Client(shareTurns: true, quotas);
        using var second = Client(shareTurns: true, quotas);

        await Task.WhenAll(ReadManyAsync(first, 9), ReadManyAsync(second, 9));

        Assert.DoesNotContain(_n2f.Requests, r => r.Status == 429);
        Assert.Equal(0, first.Stats.Throttled + second.Stats.Throttled);
    }
}
