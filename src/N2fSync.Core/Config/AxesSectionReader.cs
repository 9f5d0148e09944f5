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
            ReadScope(ctx, value, path, scope);
        }
    }

    private static bool IsValidName(ConfigReadContext ctx, string name, string path)
    {
        if (ConfigLimits.ReservedScopeNames.Contains(name, StringComparer.OrdinalIgnoreCase))
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

    private static void ReadScope(ConfigReadContext ctx, YamlNode node, string path, AxisScopeOptions scope)
    {
        foreach (var (key, value) in ctx.Entries(node, path, ConfigKeys.AxisScope))
        {
            var keyPath = path + "." + key;
            switch (key)
            {
                case "type":
                    // The analytics view's typ column is compared upper-cased (domain 3.2).
                    scope.Type = ctx.ReadText(value, keyPath)?.ToUpperInvariant() ?? "";
                    break;
                case "axis":
                    scope.Axis = ctx.ReadText(value, keyPath) ?? "";
                    break;
                case "cultures":
                    scope.Cultures = ReadCultures(ctx, value, keyPath);
                    break;
                case "excludeStatuses":
                    scope.ExcludeStatuses = ctx.ReadList(value, keyPath).Select(i => i.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                    break;
            }
        }
    }

    private static readonly Regex Culture = new("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant);

    private static List<string> ReadCultures(ConfigReadContext ctx, YamlNode node, string path)
    {
        var cultures = new List<string>();
        foreach (var item in ctx.ReadList(node, path))
        {
            if (!Culture.IsMatch(item.Value))
                ctx.Error(item.Key, $"'{item.Value}' is not a culture code; use a language code such as fr, nl or en.");
            else if (!cultures.Contains(item.Value, StringComparer.OrdinalIgnoreCase))
                cultures.Add(item.Value);
        }
        return cultures;
    }
}
