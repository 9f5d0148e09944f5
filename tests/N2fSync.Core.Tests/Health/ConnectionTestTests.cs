using Microsoft.Extensions.Time.Testing;
using N2fSync.Config;
using N2fSync.Emulator;
using N2fSync.Health;
using N2fSync.N2f;
using N2fSync.N2f.Quota;
using N2fSync.Store;
using N2fSync.Tests.Agresso;

namespace N2fSync.Tests.Health;

/// <summary>The checks Pester cannot stage with the real clock: a drifting clock, a spent quota, a store that cannot be a file.</summary>
public sealed class ConnectionTestTests : IAsyncLifetime, IDisposable
{
    private readonly Support.TempFolder _folder = new();
    private N2fEmulator _n2f = null!;

    public async Task InitializeAsync()
    {
        _n2f = await N2fEmulator.StartAsync();
        _n2f.State.SeedReference();
    }

    public async Task DisposeAsync() => await _n2f.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    private ConfigValidationResult Config(string storePath = "./n2fsync.db") => ConfigLoader.ValidateText(
        $$"""
        source: { provider: sqlite, path: '{{Path.Combine(SampleFiles.Samples, "agresso-sample.db")}}' }
        n2f: { baseUrl: '{{_n2f.BaseUrl}}', clientId: '${N2F_CLIENT_ID}', clientSecret: '${N2F_CLIENT_SECRET}' }
        store: { path: '{{storePath}}' }
        quotas: { windowSeconds: 60, day: { reads: 60, writes: 10 }, night: { reads: 60, writes: 10 } }
        """,
        _folder.File("n2fsync.yaml"),
        name => name switch
        {
            "N2F_CLIENT_ID" => EmulatorState.DefaultClientId,
            "N2F_CLIENT_SECRET" => EmulatorState.DefaultClientSecret,
            _ => null,
        });

    private static async Task<Dictionary<string, ConnectionCheck>> RunAsync(ConfigValidationResult config, TimeProvider? time = null)
    {
        var results = new Dictionary<string, ConnectionCheck>();
        using var test = new ConnectionTest(config, ["users"], time: time);
        await test.RunAsync(check => results.Add(check.Name, check), CancellationToken.None);
        return results;
    }

    [Fact]
    public async Task ClockOffset_ThisMachineFiveMinutesAhead_Warns()
    {
        var ahead = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(5));

        var clock = (await RunAsync(Config(), ahead))["ClockOffset"];

        Assert.Equal(CheckStatus.Warn, clock.Status);
        // The fake clock stands still while the test runs, so the offset shrinks by the seconds it takes.
        var seconds = int.Parse(System.Text.RegularExpressions.Regex.Match(clock.Detail, @"^this machine's clock is (\d+) s ahead of N2F's").Groups[1].Value);
        Assert.InRange(seconds, 240, 301);
    }

    [Fact]
    public async Task ClockOffset_InStep_Passes()
    {
        var clock = (await RunAsync(Config()))["ClockOffset"];

        Assert.Equal(CheckStatus.Pass, clock.Status);
    }

    [Fact]
    public async Task QuotaHeadroom_AnotherJobSpentTheWindowsWrites_WarnsBeforeThisTestSpendsAnything()
    {
        var config = Config();
        var now = DateTimeOffset.UtcNow;
        using (var store = SyncStore.Open(_folder.File("n2fsync.db"), new N2fTarget(config.Config!.N2f.EffectiveBaseUrl, EmulatorState.DefaultClientId)))
            for (var i = 0; i < 10; i++) store.Quota.RecordCall(CallKind.Write, now.AddSeconds(-20 + i));

        var quota = (await RunAsync(config))["QuotaHeadroom"];

        Assert.Equal(CheckStatus.Warn, quota.Status);
        Assert.Contains("10 write(s) and 0 read(s): nothing left now", quota.Detail);
    }

    [Fact]
    public async Task Store_PathIsAFolder_FailsAndNoN2fCallIsMade()
    {
        var folder = Directory.CreateDirectory(_folder.File("store-is-a-folder")).FullName;

        var results = await RunAsync(Config(folder));

        Assert.Equal(CheckStatus.Fail, results["Store"].Status);
        Assert.StartsWith(folder, results["Store"].Detail);
        Assert.StartsWith("Not checked: the store cannot be opened", results["N2fReachable"].Detail);
        Assert.Equal(0, _n2f.Requests.Total);
    }
}
