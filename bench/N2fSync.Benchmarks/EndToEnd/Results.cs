

namespace N2fSync.Benchmarks.EndToEnd;

/// <summary>API efficiency of one scope: what the drift needs, what was sent, what was read and the least that could be.</summary>
internal sealed record ScopeEfficiency(string Scope, int WritesNeeded, int WritesIssued, int Failed, int ReadsIssued, int ReadsMinimum);

/// <summary>A full sync of every scope on one data set, then a second run within the cache's time to live.</summary>
internal sealed record EfficiencyResult(int Users, int AxisValues, List<ScopeEfficiency> Scopes, int SecondRunWrites,
    int SecondRunReads, bool CachePresent, int Status429, double Seconds)
{
    public int WritesNeeded => Scopes.Sum(s => s.WritesNeeded);
    public int WritesIssued => Scopes.Sum(s => s.WritesIssued);
    public int Failed => Scopes.Sum(s => s.Failed);
    public int ReadsIssued => Scopes.Sum(s => s.ReadsIssued);
    public int ReadsMinimum => Scopes.Sum(s => s.ReadsMinimum);
}

/// <summary>Writes per window achieved under a backlog, as the server saw them (see <see cref="QuotaScenario"/>).</summary>
internal sealed record QuotaResult(int WritesPerWindow, double WindowSeconds, double ResponseDelayMs, int Backlog, int WritesIssued,
    double WindowsSpanned, int MaxInAnyWindow, int Status429, double Seconds)
{
    public double Utilisation => WindowsSpanned <= 0 ? 0 : (double)(WritesIssued - WritesPerWindow) / WritesPerWindow / WindowsSpanned;
}

/// <summary>
/// Local work on one size, in a fresh process: source read; N2F read + diff + plan as a run streams them (the N2F read
/// is the emulator's HTTP, no quota); diff+plan alone in memory; each as wall and CPU seconds (CPU is steadier on a
/// shared machine). Then the process's peak memory, the managed memory still live after planning, and the allocations.
/// </summary>
internal sealed record LocalResult(int Users, int N2fUsers, int Changes, double SourceSeconds, double SourceCpuSeconds,
    double StreamedPlanSeconds, double StreamedPlanCpuSeconds, double PlanSeconds, double PlanCpuSeconds, double PeakAfterSourceMb, double PeakWorkingSetMb,
    double LiveManagedMb, double AllocatedMb, int Gen0, int Gen1, int Gen2);
