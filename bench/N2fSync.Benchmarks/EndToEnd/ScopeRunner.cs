using N2fSync.Session;
using N2fSync.Sync.Apply;
using N2fSync.Sync.Run;
using N2fSync.Sync;

namespace N2fSync.Benchmarks.EndToEnd;

/// <summary>What Sync-N2fScope -Scope X -Delete -AllowMassDelete -Confirm:$false does, without PowerShell around it: the core run itself.</summary>
internal static class ScopeRunner
{
    public static async Task<(SyncPlan Plan, List<SyncResult> Results)> SyncAsync(SyncSession session, string scopeName, bool apply,
        CancellationToken cancellationToken)
    {
        if (!session.Scopes.TryGet(scopeName, out var scope)) throw new ArgumentException($"unknown scope {scopeName}");
        var results = new List<SyncResult>();
        if (!apply)
        {
            var source = session.ReadSource(scope, cancellationToken).ToList();
            return (await session.PlanAsync(scope, source, new PlanOptions(), cancellationToken), results);
        }
        var options = new RunRequest
        {
            Actions = [ChangeAction.Create, ChangeAction.Update, ChangeAction.Delete], AllowMassDelete = true,
        };
        using var run = session.StartRun(options, new UnattendedHost(results));
        await run.RunScopesAsync([scope], cancellationToken);
        run.Complete();
        return (new SyncPlan(scope.Name, [], [], [], 0, 0), results);
    }
}
