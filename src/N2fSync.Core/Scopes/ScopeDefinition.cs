

namespace N2fSync.Scopes;

/// <summary>What kind of N2F object a scope keeps in step.</summary>
public enum ScopeKind { Users, AxisValues }

/// <summary>
/// One sync scope: users, or the values of one analytic axis (built in or declared in the YAML). Everything a
/// planner needs to know about the scope, and nothing about how it is read or written.
/// </summary>
public sealed class ScopeDefinition
{
    private ScopeDefinition(string name, ScopeKind kind, string? sourceType, string? axis, IReadOnlyList<string> cultures,
        IReadOnlyList<string> excludeStatuses)
    {
        Name = name;
        Kind = kind;
        SourceType = sourceType;
        Axis = axis;
        Cultures = cultures;
        ExcludeStatuses = excludeStatuses;
    }

    public string Name { get; }
    public ScopeKind Kind { get; }

    /// <summary>Axis scopes: the analytics view's typ value (upper case), e.g. PROJECT.</summary>
    public string? SourceType { get; }

    /// <summary>Axis scopes: "projects" (a fixed id) or the axis name looked up per company.</summary>
    public string? Axis { get; }

    /// <summary>Axis scopes: cultures the description goes out in and is compared in.</summary>
    public IReadOnlyList<string> Cultures { get; }

    public IReadOnlyList<string> ExcludeStatuses { get; }

    /// <summary>The project axis is addressed by a fixed id; every other axis by its uuid, found per company.</summary>
    public bool HasFixedAxisId => string.Equals(Axis, ScopeNames.ProjectsAxisId, StringComparison.OrdinalIgnoreCase);

    public static ScopeDefinition Users { get; } = new(ScopeNames.Users, ScopeKind.Users, null, null, [], []);

    public static ScopeDefinition ForAxis(string name, string sourceType, string axis, IEnumerable<string> cultures,
        IEnumerable<string>? excludeStatuses = null) =>
        new(name.Trim().ToLowerInvariant(), ScopeKind.AxisValues, sourceType.Trim().ToUpperInvariant(), axis.Trim(),
            cultures.Select(c => c.Trim()).Where(c => c.Length > 0).ToArray(),
            (excludeStatuses ?? []).Select(s => s.Trim()).ToArray());

    public override string ToString() => Name;
}

public static class ScopeNames
{
    public const string Users = "users";
    public const string All = "all";
    public const string ProjectsAxisId = "projects";
}
