using N2fSync.Config;

namespace N2fSync.Scopes;

/// <summary>
/// The scopes a configuration knows: users, then every axis scope (built in or declared in the YAML).
/// Resolves what a user typed (-Scope all, several names) into scopes in run order: users first, then axes.
/// </summary>
public sealed class ScopeCatalog
{
    private readonly Dictionary<string, ScopeDefinition> _byName = new(StringComparer.OrdinalIgnoreCase);

    public ScopeCatalog(N2fSyncConfig config)
    {
        _byName[ScopeNames.Users] = ScopeDefinition.Users;
        foreach (var pair in BuiltInAxes().Concat(config.Axes))
            _byName[pair.Key] = ScopeDefinition.ForAxis(pair.Key, pair.Value.Type, pair.Value.Axis, pair.Value.Cultures,
                pair.Value.ExcludeStatuses);
    }

    /// <summary>Every scope, users first, then axes in declaration order.</summary>
    public IReadOnlyList<ScopeDefinition> All => _byName.Values.ToArray();

    public IEnumerable<string> Names => _byName.Keys;

    public bool TryGet(string name, out ScopeDefinition scope) => _byName.TryGetValue(name.Trim(), out scope!);

    /// <summary>The axis scope an analytics row's typ belongs to (compared upper-cased, domain.md §3.2).</summary>
    public bool TryGetBySourceType(string type, out ScopeDefinition scope)
    {
        var wanted = type.Trim().ToUpperInvariant();
        scope = _byName.Values.FirstOrDefault(s => s.Kind == ScopeKind.AxisValues && s.SourceType == wanted)!;
        return scope is not null;
    }

    /// <summary>Resolves scope names; 'all' means every scope. Unknown names throw with the list of known ones.</summary>
    public IReadOnlyList<ScopeDefinition> Resolve(IEnumerable<string> names)
    {
        var wanted = new List<ScopeDefinition>();
        foreach (var raw in names)
        {
            if (string.Equals(raw.Trim(), ScopeNames.All, StringComparison.OrdinalIgnoreCase))
            {
                wanted.AddRange(All);
                continue;
            }
            if (!TryGet(raw, out var scope))
                throw new ArgumentException($"Unknown scope '{raw}'. Known scopes: {string.Join(", ", Names)}, all.");
            wanted.Add(scope);
        }
        // Users before axes (domain.md §7); keep the catalog's order otherwise and drop repeats.
        var all = All.ToList();
        return wanted.Distinct().OrderBy(s => all.IndexOf(s)).ToArray();
    }

    /// <summary>The three axes every customer has; the YAML may override them by name.</summary>
    private static IEnumerable<KeyValuePair<string, AxisScopeOptions>> BuiltInAxes()
    {
        yield return new("projects", new AxisScopeOptions { Type = "PROJECT", Axis = ScopeNames.ProjectsAxisId });
        yield return new("plates", new AxisScopeOptions { Type = "PLAQUE", Axis = "plaque" });
        yield return new("subposts", new AxisScopeOptions { Type = "SUBPOST", Axis = "subpost" });
    }
}
