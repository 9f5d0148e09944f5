using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>
/// Reads a list whose items are names from a fixed set (optional user fields, notification events): each item is
/// matched without regard to case and kept in its canonical spelling, once; an unknown one is reported at its line
/// with the names allowed and the closest of them.
/// </summary>
internal static class NameListReader
{
    public static List<string> Read(ConfigReadContext ctx, YamlNode node, string path, IReadOnlyList<string> names, string noun)
    {
        var read = new List<string>();
        foreach (var item in ctx.ReadList(node, path))
        {
            var known = names.FirstOrDefault(n => n.Equals(item.Value, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                var suggestion = KeySuggestion.Closest(item.Value, names);
                var hint = suggestion is null ? "" : $" Did you mean '{suggestion}'?";
                ctx.Error(item.Key, $"'{item.Value}' is not {noun}; use {ConfigText.OneOf(names)}.{hint}");
            }
            else if (!read.Contains(known))
            {
                read.Add(known);
            }
        }
        return read;
    }
}
