using System.Diagnostics;
using N2fSync.Agresso;
using N2fSync.N2f;
using N2fSync.Session;
using N2fSync.Sync;
using N2fSync.Sync.Gate;
using N2fSync.Sync.Users;

namespace N2fSync.Benchmarks.EndToEnd;

/// <summary>
/// Runs in a fresh child process per size, so its peak memory is this size's alone and holds only the core (the
/// emulator lives in the parent). First what a run does: read the users source, then <see cref="SyncSession.PlanAsync"/>
/// (N2F read and compared as it streams, then planned); the peak memory is taken there. Then diff+plan alone, on
/// both sides already in memory, three times (the median is reported; the first planner call was in PlanAsync).
/// </summary>
internal static class LocalScenario
{
    public static async Task<LocalResult> RunAsync(Uri baseUrl, string sqlitePath, string folder, CancellationToken ct)
    {
        var config = BenchConfig.For(baseUrl, sqlitePath, Path.Combine(folder, $"store-local-{Guid.NewGuid():N}.db"), 1_000_000, 1_000_000);
        using var session = new SyncSession(config);
        session.Scopes.TryGet("users", out var scope);

        var watch = Stopwatch.StartNew();
        var cpu = CpuSeconds();
        var source = session.ReadSource(scope, ct).ToList();
        var sourceSeconds = watch.Elapsed.TotalSeconds;
        var sourceCpu = CpuSeconds() - cpu;
        double peakAfterSource;
        using (var self = Process.GetCurrentProcess()) peakAfterSource = self.PeakWorkingSet64 / 1048576.0;

        watch.Restart();
        cpu = CpuSeconds();
        var plan = await session.PlanAsync(scope, source, new PlanOptions(), ct);
        var streamedSeconds = watch.Elapsed.TotalSeconds;
        var streamedCpu = CpuSeconds() - cpu;
        double peak;
        using (var self = Process.GetCurrentProcess()) peak = self.PeakWorkingSet64 / 1048576.0;
        var allocated = GC.GetTotalAllocatedBytes() / 1048576.0;
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        // What is still reachable once planned: the source users and the plan (N2F's users were let go as read).
        var live = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
        GC.KeepAlive(plan);

        var directory = await session.DirectoryAsync(ct);
        var n2fUsers = new List<N2fUser>();
        await session.Reader.ReadUsersAsync(directory, n2fUsers.Add, ct);
        var users = source.Cast<AgressoUser>().ToList();
        var options = new PlanOptions().WithPriority(session.PriorityKeys(scope));
        var times = new List<(double Wall, double Cpu)>();
        for (var i = 0; i < 3; i++)
        {
            watch.Restart();
            cpu = CpuSeconds();
            DeleteGuard.Apply(new UsersPlanner(config, directory).Plan(users, n2fUsers, options), config.Safety,
                new HashSet<string>(users.Select(u => u.Company), StringComparer.OrdinalIgnoreCase));
            times.Add((watch.Elapsed.TotalSeconds, CpuSeconds() - cpu));
        }
        times.Sort();
        return new LocalResult(source.Count, plan.N2fObjects, plan.Changes.Count, sourceSeconds, sourceCpu, streamedSeconds, streamedCpu,
            times[1].Wall, times[1].Cpu, peakAfterSource, peak, live, allocated, gen0, gen1, gen2);
    }

    /// <summary>CPU time of this process: steadier than wall time on a shared machine (GC threads included).</summary>
    private static double CpuSeconds()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }
}
