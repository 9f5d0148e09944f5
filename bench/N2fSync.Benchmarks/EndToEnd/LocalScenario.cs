using System.Diagnostics;
using N2fSync.Agresso;
using N2fSync.N2f;
using N2fSync.Sync;
using N2fSync.Sync.Users;

namespace N2fSync.Benchmarks.EndToEnd;

/// <summary>
/// Runs in a fresh child process per size, so its peak memory is this size's alone and holds only the core: read the
/// users source, read N2F's users (the emulator is in the parent), diff and plan as <see cref="SyncSession.PlanAsync"/>
/// does. Times each step; the plan once cold (what a run pays, JIT included) and once warm.
/// </summary>
internal static class LocalScenario
{
    public static async Task<LocalResult> RunAsync(Uri baseUrl, string sqlitePath, string folder, CancellationToken ct)
    {
        var config = BenchConfig.For(baseUrl, sqlitePath, Path.Combine(folder, $"store-local-{Guid.NewGuid():N}.db"), 1_000_000, 1_000_000);
        using var session = new SyncSession(config);
        session.Scopes.TryGet("users", out var scope);

        var watch = Stopwatch.StartNew();
        var source = session.ReadSource(scope, ct).Cast<AgressoUser>().ToList();
        var sourceSeconds = watch.Elapsed.TotalSeconds;

        watch.Restart();
        var directory = await session.DirectoryAsync(ct);
        var n2fUsers = new List<N2fUser>();
        await session.Reader.ReadUsersAsync(directory, n2fUsers.Add, ct);
        var n2fSeconds = watch.Elapsed.TotalSeconds;

        var options = new PlanOptions().WithPriority(session.PriorityKeys(scope));
        watch.Restart();
        var plan = Plan(config, directory, source, n2fUsers, options);
        var planSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        Plan(config, directory, source, n2fUsers, options);
        var warmSeconds = watch.Elapsed.TotalSeconds;

        GC.KeepAlive(source);
        GC.KeepAlive(n2fUsers);
        using var self = Process.GetCurrentProcess();
        return new LocalResult(source.Count, n2fUsers.Count, plan.Changes.Count, sourceSeconds, n2fSeconds, planSeconds, warmSeconds,
            self.PeakWorkingSet64 / 1048576.0, GC.GetTotalAllocatedBytes() / 1048576.0,
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    }

    /// <summary>What PlanAsync does once both sides are read: diff, plan, delete guard.</summary>
    private static SyncPlan Plan(Config.N2fSyncConfig config, N2fDirectory directory, List<AgressoUser> source, List<N2fUser> n2f,
        PlanOptions options) =>
        DeleteGuard.Apply(new UsersPlanner(config, directory).Plan(source, n2f, options), config.Safety);
}
