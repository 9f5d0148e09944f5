using N2fSync.Sync;
using N2fSync.Sync.Apply;

namespace N2fSync.Benchmarks.EndToEnd;

/// <summary>What Sync-N2fScope -Scope X -Delete -AllowMassDelete -Confirm:$false does, without PowerShell around it.</summary>
internal static class ScopeRunner
{
    public static async Task<(SyncPlan Plan, List<SyncResult> Results)> SyncAsync(SyncSession session, string scopeName, bool apply,
        CancellationToken cancellationToken)
    {
        if (!session.Scopes.TryGet(scopeName, out var scope)) throw new ArgumentException($"unknown scope {scopeName}");
        var source = session.ReadSource(scope, cancellationToken).ToList();
        var plan = await session.PlanAsync(scope, source, new PlanOptions(), cancellationToken);
        var results = new List<SyncResult>();
        if (!apply) return (plan, results);
        var applier = session.CreateApplier("bench-" + Guid.NewGuid().ToString("N"));
        foreach (var change in plan.Changes)
            if (change.Action is ChangeAction.Create or ChangeAction.Update or ChangeAction.Delete)
                results.Add(await applier.ApplyAsync(change, cancellationToken));
        return (plan, results);
    }
}
