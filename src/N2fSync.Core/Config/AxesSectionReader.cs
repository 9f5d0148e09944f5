using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>
/// Reads <c>axes:</c>: one entry per axis scope, keyed by the scope name used with <c>-Scope</c>. A built-in name
/// changes that scope; any other name adds one, so a customer's fourth axis needs only config.
/// </summary>
internal static class AxesSectionReader
{
    // Scope names are typed after -Scope and used in store keys: keep them to simple lower-case words.
    private static readonly Regex ScopeName = new("^[a-z][a-z0-9_-]*$", RegexOptions.CultureInvariant);

    public static void Read(ConfigReadContext ctx, YamlNode node, Dictionary<string, AxisScopeOptions> axes)
    {
        foreach (var (name, keyNode, value) in ctx.RawEntries(node, "axes"))
        {
            var path = "axes." + name;
            ctx.RecordPosition(path, keyNode.Start);
            if (!IsValidName(ctx, name, path))
                continue;

            if (!axes.TryGetValue(name, out var scope))
            {
                // A new scope starts with no type or axis, so the rules ask for both.
                scope = new AxisScopeOptions();
                axes[name] = scope;
            }
            AxisScopeSchema.Section.Read(ctx, value, scope, path);
        }
    }

    private static bool IsValidName(ConfigReadContext ctx, string name, string path)
    {
        if (AxisScopeDefaults.ReservedScopeNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            ctx.Error(path, $"'{name}' is reserved (-Scope {name} means something else); choose another scope name.");
            return false;
        }
        if (!ScopeName.IsMatch(name))
        {
            ctx.Error(path, $"'{name}' is not a scope name; use lower-case letters, digits, - or _, starting with a letter (e.g. vehicles).");
            return false;
        }
        return true;
    }
}
