using System.Text.Json.Nodes;
using N2fSync.Config;
using N2fSync.Emulator;
using N2fSync.Scopes;
using N2fSync.Sync.Apply;
using N2fSync.Sync;

namespace N2fSync.Tests.Support;

/// <summary>
/// A core run against the emulator, minus PowerShell: a config pointed at a fresh emulator, users and analytics rows
/// as a fake source, a store in a temp folder, and a helper that runs scopes or supplied changes with a recording host.
/// </summary>
internal sealed class RunBench : IAsyncDisposable
{
    private readonly TempFolder _folder = new();

    private RunBench(N2fEmulator n2f) => N2f = n2f;

    public N2fEmulator N2f { get; }
    public List<Dictionary<string, string?>> Users { get; set; } = [];
    public List<Dictionary<string, string?>> Analytics { get; set; } = [];
    public Action<N2fSyncConfig>? Configure { get; set; }

    /// <summary>Where the next sessions report verbose and warning messages.</summary>
    public N2fSync.Diagnostics.ISyncLog Log { get; set; } = N2fSync.Diagnostics.NullSyncLog.Instance;

    /// <summary>The clock the next sessions use; default the system's.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>Between the next sessions' client and the emulator, when set (a new one per session).</summary>
    public Func<System.Net.Http.HttpMessageHandler>? Handler { get; set; }

    /// <summary>Thrown by the fake source when the users view is read, when set.</summary>
    public Exception? UsersFailWith { get; set; }

    public static async Task<RunBench> StartAsync(EmulatorOptions? options = null)
    {
        var n2f = await N2fEmulator.StartAsync(options ?? new EmulatorOptions());
        n2f.State.SeedReference();
        return new RunBench(n2f);
    }

    public string StorePath => _folder.File("store.db");

    /// <summary>A config for an emulator: its URL and test client, quotas that never hold a test back, its own store.</summary>
    public static N2fSyncConfig EmulatorConfig(N2fEmulator n2f, string storePath)
    {
        var config = new N2fSyncConfig { Name = "test" };
        config.N2f.BaseUrl = n2f.BaseUrl.ToString();
        config.N2f.ClientId = EmulatorState.DefaultClientId;
        config.N2f.ClientSecret = EmulatorState.DefaultClientSecret;
        config.N2f.RetryBaseDelaySeconds = 0.01;
        config.Quotas.WindowSeconds = 1;
        config.Quotas.Day = new QuotaWindow { Reads = 1000, Writes = 1000 };
        config.Quotas.Night = new QuotaWindow { Reads = 1000, Writes = 1000 };
        config.Store.Path = storePath;
        return config;
    }

    public SyncSession Session()
    {
        var config = EmulatorConfig(N2f, StorePath);
        config.FilePath = _folder.File("n2fsync.yaml");
        Configure?.Invoke(config);
        var source = new FakeAgressoSource(new Dictionary<string, IReadOnlyList<Dictionary<string, string?>>>
        {
            ["iris_N2F_User"] = Users, ["iris_N2F_Analytics"] = Analytics,
        }) { FailWith = UsersFailWith is null ? null : (view => view == "iris_N2F_User" ? UsersFailWith : null) };
        return new SyncSession(config, Log, Time, Handler?.Invoke()) { SourceFactory = () => source };
    }

    /// <summary>Runs whole scopes as Sync-N2fScope -Scope does; returns the host that saw everything and the summary.</summary>
    public async Task<(RecordingHost Host, SyncSummary Summary)> RunAsync(IReadOnlyList<string> scopes, RunRequest? request = null,
        RecordingHost? host = null)
    {
        host ??= new RecordingHost();
        using var session = Session();
        using var run = session.StartRun(request ?? new RunRequest(), host);
        await run.RunScopesAsync(scopes.Select(s => session.Scopes.TryGet(s, out var scope) ? scope : throw new ArgumentException(s)).ToList(), default);
        run.Complete();
        await run.NotifyAsync(default);
        return (host, run.Summary);
    }

    /// <summary>Applies changes from outside as Sync-N2fScope's pipeline does.</summary>
    public async Task<(RecordingHost Host, SyncSummary Summary)> ApplyAsync(IReadOnlyList<SuppliedChange> changes, RunRequest? request = null)
    {
        var host = new RecordingHost();
        using var session = Session();
        using var run = session.StartRun(request ?? new RunRequest(), host);
        await run.ApplySuppliedAsync(changes, default);
        run.Complete();
        return (host, run.Summary);
    }

    /// <summary>Plans a scope as Compare-N2fPayload does (stamped like it), without applying.</summary>
    public async Task<SyncPlan> PlanAsync(string scopeName)
    {
        using var session = Session();
        session.Scopes.TryGet(scopeName, out var scope);
        return await session.PlanAsync(scope, session.ReadSource(scope, default).ToList(), new PlanOptions(), default);
    }

    /// <summary>A user already in N2F (company c-1 unless told), as drift the sync must see.</summary>
    public void SeedN2fUser(string mail, string firstname = "Old", string company = ReferenceData.Company1Uuid, string? managerMail = null) =>
        N2f.State.UpsertUser(new JsonObject
        {
            ["mail"] = mail, ["firstname"] = firstname, ["lastname"] = "Name", ["company"] = company, ["role"] = "Utilisateur",
            ["profile"] = "Standard", ["culture"] = "fr", ["managerMail"] = managerMail,
        });

    /// <summary>Writes N2F applied (answered 2xx, or handled with 2xx and the answer lost on the way back).</summary>
    public int Applied() => N2f.Requests.CountWhere(r => r.Applied);

    public IEnumerable<string> Writes() =>
        N2f.Requests.Where(r => r.IsWrite).Select(r => $"{r.Method} {r.Path.Substring("/services/api/v2/".Length)}");

    public async ValueTask DisposeAsync()
    {
        await N2f.DisposeAsync();
        _folder.Dispose();
    }
}
