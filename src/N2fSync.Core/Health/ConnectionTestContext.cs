using N2fSync.Config;
using N2fSync.Scopes;
using N2fSync.Session;

namespace N2fSync.Health;

/// <summary>What the checks of one Test-N2fConnection share: the config, the session, and what earlier checks found.</summary>
internal sealed class ConnectionTestContext(N2fSyncConfig config, IReadOnlyList<ScopeDefinition> scopes, SyncSession session)
{
    private Task<N2fProbe>? _n2f;

    public N2fSyncConfig Config { get; } = config;

    /// <summary>The scopes checked (their views and axes).</summary>
    public IReadOnlyList<ScopeDefinition> Scopes { get; } = scopes;

    public SyncSession Session { get; } = session;

    /// <summary>Why the store cannot be used, once the store check failed.</summary>
    public string? StoreProblem { get; set; }

    /// <summary>Source rows per scope and company code, as the source checks counted them.</summary>
    public Dictionary<string, Dictionary<string, int>> SourceCompanies { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>N2F's answer to the first reads (token, companies, roles, profiles), asked once for every N2F check.</summary>
    public Task<N2fProbe> N2fAsync(CancellationToken cancellationToken) => _n2f ??= N2fProbe.RunAsync(this, cancellationToken);
}
