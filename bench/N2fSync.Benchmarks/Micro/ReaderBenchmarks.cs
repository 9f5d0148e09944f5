using BenchmarkDotNet.Attributes;
using N2fSync.Config;
using N2fSync.N2f.Http;
using N2fSync.N2f.Quota;
using N2fSync.N2f;

namespace N2fSync.Benchmarks.Micro;

/// <summary>Reading N2F users: 50 pages of 200 real answers through the client, the quota gate and the reader's parsing.</summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private const int Users = 10_000;
    private N2fSide _side = null!;
    private N2fOptions _options = null!;
    private QuotaOptions _quotas = null!;

    [GlobalSetup]
    public void Setup()
    {
        _side = MicroData.Side(1_000);
        _options = new N2fOptions { BaseUrl = "http://canned.invalid/services/api/v2/", PageSize = 200 };
        _quotas = new QuotaOptions
        {
            WindowSeconds = 1, Day = new QuotaWindow { Reads = 1_000_000, Writes = 10 }, Night = new QuotaWindow { Reads = 1_000_000, Writes = 10 },
        };
    }

    [Benchmark(Description = "read+parse 10k N2F users")]
    public async Task<int> ReadUsers()
    {
        using var client = new N2fClient(_options, new N2fCredentials("bench", "secret"),
            new QuotaGate(new QuotaSchedule(_quotas), TimeProvider.System), handler: new CannedN2fHandler(_side.UsersPageJson, Users, 200));
        var count = 0;
        await new N2fReader(client, 200).ReadUsersAsync(_side.Directory, _ => count++, default);
        return count;
    }
}
