using N2fSync.Agresso.Normalization;
using N2fSync.Normalization;

namespace N2fSync.N2f;

/// <summary>
/// Roles and profiles are identities with one name per culture, and N2F answers in the API account's language
/// (domain.md §4.3). This maps every culture's name, lower-cased, to the French name, the one Agresso holds and we send.
/// </summary>
public sealed class CultureNameMap
{
    private readonly Dictionary<string, string> _toFrench = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _ambiguities = [];

    public CultureNameMap(string what, IEnumerable<IReadOnlyList<(string Culture, string Value)>> identities)
    {
        What = what;
        var all = identities.ToList();
        var french = all.Select(FrenchName).ToList();
        // French names first so that, when a name means different things in different cultures, French wins (decisions.md §8).
        for (var i = 0; i < all.Count; i++)
            if (french[i].Length > 0) _toFrench[french[i]] = french[i];
        for (var i = 0; i < all.Count; i++)
        {
            foreach (var (_, value) in all[i])
            {
                var name = Text.Clean(value);
                if (name.Length == 0 || french[i].Length == 0) continue;
                if (_toFrench.TryGetValue(name, out var existing))
                {
                    if (!string.Equals(existing, french[i], StringComparison.OrdinalIgnoreCase)
                        && !_ambiguities.Any(a => a.StartsWith($"'{name}'", StringComparison.OrdinalIgnoreCase)))
                        _ambiguities.Add($"'{name}' names both {what} '{existing}' and '{french[i]}'; read as '{existing}'.");
                    continue;
                }
                _toFrench[name] = french[i];
            }
        }
    }

    public string What { get; }

    /// <summary>Names that mean different identities in different cultures; reported once per run.</summary>
    public IReadOnlyList<string> Ambiguities => _ambiguities;

    public IEnumerable<string> FrenchNames => _toFrench.Values.Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(n => n);

    /// <summary>The French name for a name in any culture; false when N2F knows no such name.</summary>
    public bool TryTranslate(string name, out string french)
    {
        if (_toFrench.TryGetValue(Text.Clean(name), out var found))
        {
            french = found;
            return true;
        }
        french = "";
        return false;
    }

    private static string FrenchName(IReadOnlyList<(string Culture, string Value)> names)
    {
        var fr = names.FirstOrDefault(n => n.Culture.StartsWith("fr", StringComparison.OrdinalIgnoreCase));
        return Text.Clean(fr.Value ?? names.FirstOrDefault().Value);
    }
}
