using System.Management.Automation;
using N2fSync.Commands.Completers;
using N2fSync.Commands.Hosting;
using N2fSync.N2f;
using N2fSync.Scopes;

namespace N2fSync.Commands.Commands;

/// <summary>
/// <para type="synopsis">Empties the cache of N2F reads in the store: every list, or those of some scopes ('reference' for companies, roles, profiles and axes).</para>
/// <para type="description">The next read of a cleared list goes to N2F. Also prunes old history and the cache to
/// store.retentionDays and cache.maxMegabytes, as the end of each run does.</para>
/// </summary>
[Cmdlet(VerbsCommon.Clear, "N2fCache", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(void))]
public sealed class ClearN2fCacheCommand : N2fCmdlet
{
    /// <summary>Scopes whose lists to clear: users, an axis scope, 'reference', or 'all' (the default).</summary>
    [Parameter(Position = 0)]
    [ArgumentCompleter(typeof(ScopeCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Scope { get; set; }

    protected override void EndProcessing()
    {
        var config = LoadConfig(readsSource: false);
        var scopes = ScopesToClear(config);
        using var store = OpenStore(config, out var path);
        if (store is null)
        {
            WriteVerbose($"No store at {path} yet: nothing is cached.");
            return;
        }
        var what = scopes is null ? "every cached N2F list" : $"the cached N2F lists of {string.Join(", ", scopes)}";
        if (!ShouldProcess(path, $"Clear {what}")) return;
        var cleared = store.ClearCache(scopes);
        var pruned = store.Retention.Prune(TimeProvider.System.GetUtcNow(), config.Store.RetentionDays, config.Cache.MaxMegabytes);
        WriteVerbose($"Cleared {cleared} cached list(s); pruned {pruned.Runs} run(s) older than {config.Store.RetentionDays} days"
                     + (pruned.Vacuumed ? "; compacted the store." : "."));
        base.EndProcessing();
    }

    /// <summary>Null for everything; otherwise the scope names as the cache files them.</summary>
    private List<string>? ScopesToClear(Config.N2fSyncConfig config)
    {
        if (Scope is null || Scope.Any(s => s.Trim().Equals(ScopeNames.All, StringComparison.OrdinalIgnoreCase))) return null;
        var reference = Scope.Where(s => s.Trim().Equals(N2fList.ReferenceScope, StringComparison.OrdinalIgnoreCase)).ToList();
        var session = CreateSession(config);
        var named = ResolveScopes(session, Scope.Except(reference, StringComparer.OrdinalIgnoreCase)).Select(s => s.Name);
        return [.. named, .. reference.Count > 0 ? new[] { N2fList.ReferenceScope } : []];
    }
}
