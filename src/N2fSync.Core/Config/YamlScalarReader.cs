using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>
/// Typed reads of scalar values. Every value goes through <c>${VAR}</c> expansion first, then conversion; a failure
/// is reported with the key, the line, the bad value (masked for secrets) and what is allowed, and reads as null
/// so the default stays and the load carries on to find the next problem.
/// </summary>
internal static class YamlScalarReader
{
    /// <summary>One item of a list value, with where it was written.</summary>
    public readonly record struct ListItem(string Value, string Key, Mark At);

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
        && (string.IsNullOrEmpty(scalar.Value) || scalar.Value == "~" || string.Equals(scalar.Value, "null", StringComparison.OrdinalIgnoreCase));

    /// <summary>What a node is, for "expected …, found …" messages; never its text, which may be a secret.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "keys (a mapping)",
        _ => "a single value",
    };

    /// <summary>The expanded text; null when absent, empty, or wrong (reported).</summary>
    public static string? ReadText(this ConfigReadContext ctx, YamlNode node, string key, bool trim = true)
    {
        if (IsNull(node))
            return null;
        if (node is not YamlScalarNode scalar)
        {
            ctx.Error(key, $"expected a single value, found {Describe(node)}.");
            return null;
        }

        var text = EnvReferenceExpander.Expand(scalar.Value ?? "", ctx.GetEnvironmentVariable, message => ctx.Error(key, message));
        if (text is null)
            return null;
        if (trim)
            text = text.Trim();
        return text.Length == 0 ? null : text;
    }

    public static int? ReadInt(this ConfigReadContext ctx, YamlNode node, string key, string allowed)
    {
        var text = ctx.ReadText(node, key);
        if (text is null)
            return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return value;
        ctx.Error(key, $"{ConfigText.Quote(key, text)} is not a whole number; use {allowed}.");
        return null;
    }

    public static double? ReadNumber(this ConfigReadContext ctx, YamlNode node, string key, string allowed)
    {
        var text = ctx.ReadText(node, key);
        if (text is null)
            return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsNaN(value) && !double.IsInfinity(value))
            return value;
        ctx.Error(key, $"{ConfigText.Quote(key, text)} is not a number; use {allowed}.");
        return null;
    }

    public static bool? ReadBool(this ConfigReadContext ctx, YamlNode node, string key)
    {
        var text = ctx.ReadText(node, key);
        if (text is null)
            return null;
        if (ConfigBoolean.TryParse(text, out var value))
            return value;
        ctx.Error(key, $"{ConfigText.Quote(key, text)} is not true or false; use {ConfigBoolean.Allowed}.");
        return null;
    }

    /// <summary>One of a fixed set of names (case-insensitive), e.g. a provider.</summary>
    public static T? ReadChoice<T>(this ConfigReadContext ctx, YamlNode node, string key, IReadOnlyList<(string Name, T Value)> choices, string noun)
        where T : struct
    {
        var text = ctx.ReadText(node, key);
        if (text is null)
            return null;
        foreach (var (name, value) in choices)
        {
            if (name.Equals(text, StringComparison.OrdinalIgnoreCase))
                return value;
        }
        ctx.Error(key, $"{ConfigText.Quote(key, text)} is not {noun}; use {ConfigText.OneOf(choices.Select(c => c.Name))}.");
        return null;
    }

    /// <summary>A list of single values (<c>[a, b]</c> or one <c>- item</c> per line); null reads as an empty list.</summary>
    public static List<ListItem> ReadList(this ConfigReadContext ctx, YamlNode node, string key)
    {
        var items = new List<ListItem>();
        if (IsNull(node))
            return items;
        if (node is not YamlSequenceNode sequence)
        {
            ctx.Error(key, $"expected a list, e.g. [a, b], found {Describe(node)}.");
            return items;
        }

        var index = 0;
        foreach (var child in sequence.Children)
        {
            var itemKey = $"{key}[{index++}]";
            ctx.RecordPosition(itemKey, child.Start);
            var text = ctx.ReadText(child, itemKey);
            if (text is not null)
                items.Add(new ListItem(text, itemKey, child.Start));
            else if (!ctx.HasFailed(itemKey))
                ctx.Error(itemKey, "is empty; remove it or give a value.");
        }
        return items;
    }
}
