using BenchmarkDotNet.Attributes;
using N2fSync.Agresso.Normalization;
using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.Scopes;
using N2fSync.Sync.Axes;
using N2fSync.Sync.Users;
using N2fSync.Sync;

namespace N2fSync.Benchmarks.Micro;

/// <summary>Payload building (domain.md §5): user and axis-value payloads, and their JSON as the applier sends it.</summary>
[MemoryDiagnoser]
public class PayloadBenchmarks
{
    private const int Rows = 10_000;
    private List<AgressoUser> _users = null!;
    private List<AgressoAxisValue> _values = null!;
    private UserPayloads _userPayloads = null!;
    private AxisPayloads _axisPayloads = null!;
    private List<N2fPayload> _built = null!;

    [GlobalSetup]
    public void Setup()
    {
        _users = MicroData.SourceUsers(Rows);
        _values = MicroData.AxisSourceRows(Rows).Select(r => AxisValueNormalizer.Normalize("projects", r)).ToList();
        _userPayloads = new UserPayloads(new UsersOptions(), sandbox: false, MicroData.Side(1_000).Directory);
        var catalog = new ScopeCatalog(new N2fSyncConfig());
        catalog.TryGet("projects", out var projects);
        _axisPayloads = new AxisPayloads(projects);
        _built = _users.Select(u => _userPayloads.Build(u, "c-1", u.Role, u.Profile)).ToList();
    }

    [Benchmark(Description = "build 10k user payloads")]
    public int BuildUserPayloads()
    {
        var fields = 0;
        foreach (var user in _users) fields += _userPayloads.Build(user, "c-1", user.Role, user.Profile).Count;
        return fields;
    }

    [Benchmark(Description = "10k user payloads to JSON")]
    public int UserPayloadJson()
    {
        var length = 0;
        foreach (var payload in _built) length += payload.ToJson().Length;
        return length;
    }

    [Benchmark(Description = "build 10k axis payloads")]
    public int BuildAxisPayloads()
    {
        var fields = 0;
        foreach (var value in _values) fields += _axisPayloads.Build(value).Count;
        return fields;
    }
}
