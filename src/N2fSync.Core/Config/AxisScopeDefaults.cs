namespace N2fSync.Config;

/// <summary>Defaults and limits of an axis scope under <c>axes:</c>.</summary>
public static class AxisScopeDefaults
{
    /// <summary>The languages an axis value's description is sent and compared in, unless the scope says otherwise.</summary>
    public static IReadOnlyList<string> Cultures { get; } = ["fr", "nl"];

    /// <summary>Scope names the cmdlets use for something else (<c>-Scope users</c>, <c>-Scope all</c>).</summary>
    public static IReadOnlyList<string> ReservedScopeNames { get; } = ["users", "all"];
}
