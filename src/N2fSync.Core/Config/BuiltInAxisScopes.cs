namespace N2fSync.Config;

/// <summary>
/// The three axis scopes of the reference customer. They are present in every configuration; an
/// <c>axes:</c> entry with the same name changes only the keys it gives.
/// </summary>
public static class BuiltInAxisScopes
{
    public const string Projects = "projects";
    public const string Plates = "plates";
    public const string Subposts = "subposts";

    /// <summary>Fresh copies, so a caller changing one cannot change the defaults of the next load.</summary>
    public static Dictionary<string, AxisScopeOptions> Create() => new(StringComparer.OrdinalIgnoreCase)
    {
        [Projects] = new() { Type = "PROJECT", Axis = "projects", Cultures = [.. AxisScopeDefaults.Cultures] },
        [Plates] = new() { Type = "PLAQUE", Axis = "plaque", Cultures = [.. AxisScopeDefaults.Cultures] },
        [Subposts] = new() { Type = "SUBPOST", Axis = "subpost", Cultures = [.. AxisScopeDefaults.Cultures] },
    };
}
