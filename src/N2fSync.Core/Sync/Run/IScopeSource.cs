using N2fSync.Agresso;
using N2fSync.Scopes;
using N2fSync.Sync.Apply;

namespace N2fSync.Sync.Run;

/// <summary>
/// What a run reads: the scope's source rows (normalized, rejected rows included and marked) and the plan of the
/// scope against a fresh read of N2F. The session implements it over the configured source and the N2F client.
/// </summary>
public interface IScopeSource
{
    IEnumerable<AgressoEntity> ReadSource(ScopeDefinition scope, CancellationToken cancellationToken);

    Task<SyncPlan> PlanAsync(ScopeDefinition scope, IReadOnlyList<AgressoEntity> source, PlanOptions options,
        CancellationToken cancellationToken);

    /// <summary>
    /// Settles writes whose answer was lost by reading N2F itself back (never a cached copy), once per list, or marks
    /// them to send again when that costs less quota; <paramref name="plan"/> tells how long the lists are.
    /// </summary>
    Task<Settlement> SettleAsync(IReadOnlyList<N2fChange> unknown, SyncPlan? plan, CancellationToken cancellationToken);
}
