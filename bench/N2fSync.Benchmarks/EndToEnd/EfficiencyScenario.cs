using System.Diagnostics;
using N2fSync.Benchmarks.Data;
using N2fSync.Emulator;
using N2fSync.N2f;
using N2fSync.Session;
using N2fSync.Sync.Apply;
using N2fSync.Sync;

namespace N2fSync.Benchmarks.EndToEnd;

/// <summary>
/// API efficiency on one data set: one session syncs users and the three axis scopes (creates, updates and deletes
/// applied) against an emulator without quotas; the emulator's request log says what was really sent. A second
/// session then plans again, as a second run within the cache's time to live would: it must plan no write, and its
/// reads show the cache's effect.
/// </summary>
internal static class EfficiencyScenario
{
    public static readonly string[] ScopeOrder = ["users", "projects", "plates", "subposts"];

    public static async Task<EfficiencyResult> RunAsync(DataSet set, N2fEmulator n2f, string sqlitePath, string folder, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var store = Path.Combine(folder, $"store-{Guid.NewGuid():N}.db");
        var config = BenchConfig.For(n2f.BaseUrl, sqlitePath, store, reads: 1_000_000, writes: 1_000_000);
        var scopes = new List<ScopeEfficiency>();
        var status429 = 0;
        using (var session = new SyncSession(config))
        {
            var lookedUp = false;
            foreach (var scope in ScopeOrder)
            {
                n2f.Requests.Clear();
                // Minimum reads of a scope are counted on the N2F side as it was before this scope's writes.
                var minimum = scope == "users" ? ReadMinimum.Users(set) : ReadMinimum.Axis(set, scope, !lookedUp && scope != "projects");
                lookedUp |= scope is "plates" or "subposts";
                var (_, results) = await ScopeRunner.SyncAsync(session, scope, apply: true, ct);
                scopes.Add(new ScopeEfficiency(scope, set.Needed[scope].Total, n2f.Requests.Writes,
                    results.Count(r => r.IsFailure), n2f.Requests.Reads, minimum));
                status429 += n2f.Requests.Status429Count;
            }
        }

        n2f.Requests.Clear();
        var secondWrites = 0;
        using (var session = new SyncSession(config))
        {
            foreach (var scope in ScopeOrder)
            {
                var (plan, _) = await ScopeRunner.SyncAsync(session, scope, apply: false, ct);
                secondWrites += plan.Changes.Count(c => c.Action is ChangeAction.Create or ChangeAction.Update or ChangeAction.Delete);
            }
        }
        return new EfficiencyResult(set.Spec.Users, set.Spec.AxisValues, scopes, secondWrites, n2f.Requests.Reads, CachePresent(),
            status429 + n2f.Requests.Status429Count, watch.Elapsed.TotalSeconds);
    }

    /// <summary>Whether the built core has the read cache (N2fSync.N2f.Cache); an earlier commit set beside this one may not.</summary>
    public static bool CachePresent() =>
        typeof(N2fReader).Assembly.GetTypes().Any(t => t.Namespace == "N2fSync.N2f.Cache");
}
