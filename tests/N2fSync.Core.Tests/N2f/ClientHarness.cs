using ConfigQuota = N2fSync.Config.QuotaOptions;
using N2fSync.Config;
using N2fSync.Emulator;
using N2fSync.N2f.Http;
using N2fSync.N2f.Quota;

namespace N2fSync.Tests.N2f;

/// <summary>
/// An N2F emulator seeded with the reference account (companies BE01/BE02, roles, profiles) and an
/// <see cref="N2fClient"/> pointed at it, with test-sized retry delays and generous quotas unless a test says
/// otherwise. With a <see cref="SteppingClock"/>, the emulator, the client and its quota gate share fake time.
/// </summary>
internal sealed class ClientHarness : IAsyncDisposable
{
    private ClientHarness(N2fEmulator emulator, N2fClient client, QuotaGate gate, CollectingLog log, ObservingHandler wire,
        SteppingClock? clock)
    {
        Emulator = emulator;
        Client = client;
        Gate = gate;
        Log = log;
        Wire = wire;
        Clock = clock;
    }

    public N2fEmulator Emulator { get; }
    public EmulatorState State => Emulator.State;
    public RequestLog Requests => Emulator.Requests;
    public N2fClient Client { get; }
    public QuotaGate Gate { get; }
    public CollectingLog Log { get; }
    public ObservingHandler Wire { get; }
    public SteppingClock? Clock { get; }

    /// <summary>Quotas that never hold a test back: 1 000 calls of each kind per 1 s window, day and night.</summary>
    public static ConfigQuota GenerousQuotas() => new()
    {
        WindowSeconds = 1,
        Day = new QuotaWindow { Reads = 1000, Writes = 1000 },
        Night = new QuotaWindow { Reads = 1000, Writes = 1000 },
    };

    public static async Task<ClientHarness> StartAsync(
        Action<EmulatorOptions>? emulator = null,
        Action<N2fOptions>? client = null,
        ConfigQuota? quotas = null,
        SteppingClock? clock = null,
        N2fCredentials? credentials = null,
        Action<int>? beforeApiCall = null)
    {
        var emulatorOptions = new EmulatorOptions();
        if (clock is not null) emulatorOptions.TimeProvider = clock;
        emulator?.Invoke(emulatorOptions);
        var n2f = await N2fEmulator.StartAsync(emulatorOptions);
        n2f.State.SeedReference();

        var options = new N2fOptions
        {
            BaseUrl = n2f.BaseUrl.ToString(),
            RetryBaseDelaySeconds = 0.01,
            TimeoutSeconds = 10,
        };
        client?.Invoke(options);
        var time = (TimeProvider?)clock ?? TimeProvider.System;
        var gate = new QuotaGate(new QuotaSchedule(quotas ?? GenerousQuotas()), time);
        var log = new CollectingLog();
        var wire = new ObservingHandler(beforeApiCall);
        var n2fClient = new N2fClient(options, credentials ?? DefaultCredentials(), gate, log, time, wire);
        return new ClientHarness(n2f, n2fClient, gate, log, wire, clock);
    }

    public static N2fCredentials DefaultCredentials() =>
        new(EmulatorState.DefaultClientId, EmulatorState.DefaultClientSecret);

    /// <summary>Awaits a call, letting fake time run to each wait when the harness has a clock.</summary>
    public Task<T> RunAsync<T>(Task<T> call) => Clock is null ? call : Clock.RunUntilAsync(call);

    /// <summary>API requests (auth excluded) as the emulator logged them, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> ApiRequests => [.. Requests.Entries.Where(e => !e.IsAuth)];

    public int Authentications => Requests.CountWhere(e => e.IsAuth);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }
}
