using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>
/// Walks a YAML mapping by hand (instead of deserializing) so each key can be checked against the schema and each
/// problem located: unknown keys with a "did you mean", keys given twice in different case, non-scalar keys.
/// </summary>
internal static class YamlMappingReader
{
    /// <summary>
    /// The mapping's entries whose key is one of <paramref name="knownKeys"/>, as (canonical key, value). A null
    /// value (<c>source:</c> with nothing under it) reads as an empty mapping.
    /// </summary>
    public static IEnumerable<(string Key, YamlNode Value)> Entries(
        this ConfigReadContext ctx, YamlNode node, string path, IReadOnlyList<string> knownKeys)
    {
        foreach (var (keyText, keyNode, value) in ctx.RawEntries(node, path))
        {
            var known = knownKeys.FirstOrDefault(k => k.Equals(keyText, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                ReportUnknown(ctx, path, keyText, keyNode, knownKeys);
                continue;
            }

            ctx.RecordPosition(ConfigSchema.Join(path, known), keyNode.Start);
            yield return (known, value);
        }
    }

    /// <summary>Entries of a mapping whose keys are names chosen by the user (axis scopes), as written.</summary>
    public static IEnumerable<(string Key, YamlScalarNode KeyNode, YamlNode Value)> RawEntries(
        this ConfigReadContext ctx, YamlNode node, string path)
    {
        if (YamlScalarReader.IsNull(node))
            yield break;

        if (node is not YamlMappingNode mapping)
        {
            var where = path.Length == 0 ? "at the top level" : $"under {path}";
            ctx.Error(path, node.Start, $"expected keys {where} (key: value), found {YamlScalarReader.Describe(node)}.");
            yield break;
        }

        var seen = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in mapping.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } keyText } keyNode)
            {
                ctx.Error(path, entry.Key.Start, "a key must be a plain name, not a list or a mapping.");
                continue;
            }

            var keyPath = ConfigSchema.Join(path, keyText);
            if (seen.TryGetValue(keyText, out var firstLine))
            {
                ctx.Error(keyPath, keyNode.Start, $"'{keyText}' is given twice (first on line {firstLine}); keys are not case-sensitive.");
                continue;
            }

            seen[keyText] = keyNode.Start.Line;
            yield return (keyText, keyNode, entry.Value);
        }
    }

    private static void ReportUnknown(ConfigReadContext ctx, string path, string keyText, YamlScalarNode keyNode, IReadOnlyList<string> knownKeys)
    {
        var where = path.Length == 0 ? "at the top level" : $"under {path}";
        var suggestion = KeySuggestion.Closest(keyText, knownKeys);
        var hint = suggestion is null ? $"known keys: {string.Join(", ", knownKeys)}." : $"did you mean '{suggestion}'?";
        ctx.Error(ConfigSchema.Join(path, keyText), keyNode.Start, $"unknown key '{keyText}' {where}; {hint}");
    }
}
