

namespace N2fSync.Config;

/// <summary>
/// Checks the axis scopes together: each needs a type and an axis, and no two may share either, since a source
/// row would belong to two scopes, or two scopes would each delete the other's values on the same N2F axis.
/// </summary>
internal static class AxesRules
{
    public static void Check(ConfigReadContext ctx, IReadOnlyDictionary<string, AxisScopeOptions> axes)
    {
        var byType = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var byAxis = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in axes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var path = "axes." + pair.Key;
            var scope = pair.Value;
            RequireUnique(ctx, path, "type", scope.Type, byType, pair.Key, "the analytics view's typ value, e.g. VEHICULE");
            RequireUnique(ctx, path, "axis", scope.Axis, byAxis, pair.Key, "the N2F axis name, e.g. vehicule");
            if (scope.Cultures.Count == 0 && !ctx.HasFailed(path + ".cultures"))
                ctx.ErrorNear(path + ".cultures", ctx.Nearest(path + ".cultures", path), "needs at least one culture, e.g. [fr, nl].");
        }
    }

    private static void RequireUnique(
        ConfigReadContext ctx, string path, string key, string value, Dictionary<string, string> seen, string scopeName, string example)
    {
        var keyPath = path + "." + key;
        if (string.IsNullOrWhiteSpace(value))
        {
            if (!ctx.HasFailed(keyPath))
                ctx.ErrorNear(keyPath, ctx.Nearest(keyPath, path), $"is required ({example}).");
            return;
        }

        if (seen.TryGetValue(value, out var other))
            ctx.ErrorNear(keyPath, ctx.Nearest(keyPath, path), $"'{value}' is already the {key} of scope '{other}'; each scope needs its own.");
        else
            seen[value] = scopeName;
    }
}
