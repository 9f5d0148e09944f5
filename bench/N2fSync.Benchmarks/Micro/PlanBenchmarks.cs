using BenchmarkDotNet.Attributes;
using N2fSync.Agresso;
using N2fSync.Sync.Users;
using N2fSync.Sync;

namespace N2fSync.Benchmarks.Micro;

/// <summary>
/// Diff and plan of the users scope (domain.md §6–§7) on both sides in memory: N2F as the reader made it, the source
/// normalized, 1 % missing, 2 % changed, 0.5 % extra. The planner only reads its inputs for valid data.
/// </summary>
[MemoryDiagnoser]
public class PlanBenchmarks
{
    private List<AgressoUser> _source = null!;
    private N2fSide _n2f = null!;

    /// <summary>10 000 and 100 000 users; 10 000 only when N2FSYNC_BENCH_QUICK is set (a 100 000 setup takes a minute).</summary>
    public static IEnumerable<int> Sizes => Environment.GetEnvironmentVariable("N2FSYNC_BENCH_QUICK") is { Length: > 0 }
        ? [10_000] : [10_000, 100_000];

    [ParamsSource(nameof(Sizes))]
    public int Users { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _source = MicroData.SourceUsers(Users);
        _n2f = MicroData.Side(Users);
    }

    [Benchmark(Description = "diff+plan users")]
    public int PlanUsers() =>
        new UsersPlanner(_n2f.Config, _n2f.Directory).Plan(_source, _n2f.Users, new PlanOptions()).Changes.Count;
}
