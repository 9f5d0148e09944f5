using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>The keys of one axis scope under <c>axes:</c>.</summary>
internal static class AxisScopeSchema
{
    private const string Required = "required for a new scope";

    private static readonly Regex Culture = new("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant);

    public static readonly ConfigSection<AxisScopeOptions> Section = new("axes.<scope>",
    [
        // The analytics view's typ column is compared upper-cased.
        Option.Text<AxisScopeOptions>("type", a => a.Type, (a, v) => a.Type = v?.ToUpperInvariant() ?? "",
            "The analytics view's `typ` value for this scope.") with { DefaultNote = Required, Example = "VEHICULE" },
        Option.Text<AxisScopeOptions>("axis", a => a.Axis, (a, v) => a.Axis = v ?? "",
            "The N2F axis.") with { DefaultNote = Required, Example = "vehicule" },
        new OptionSpec<AxisScopeOptions>("cultures", "list of culture codes", "Languages the description is sent and compared in.")
        {
            Read = (ctx, node, path, a) => a.Cultures = ReadCultures(ctx, node, path),
            ShowValue = a => Option.ShowList(a.Cultures),
            Example = "[fr, en]",
        },
        Option.List<AxisScopeOptions>("excludeStatuses", a => a.ExcludeStatuses, (a, v) => a.ExcludeStatuses = v,
            "Agresso statuses left out of the sync.") with { Example = "[C]" },
    ]);

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
