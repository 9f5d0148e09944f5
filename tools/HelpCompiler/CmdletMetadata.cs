namespace N2fSync.HelpCompiler;

/// <summary>A type as help shows it: full name for dev:type, short name for the syntax line.</summary>
internal sealed record TypeName(string Full, string Short)
{
    public bool IsSwitch => Full == "System.Management.Automation.SwitchParameter";

    public static TypeName Of(string fullName) => new(fullName, ShortOf(fullName));

    private static string ShortOf(string full)
    {
        var suffixAt = full.IndexOfAny(['[', '`']);
        var core = suffixAt < 0 ? full : full.Substring(0, suffixAt);
        var suffix = suffixAt < 0 ? "" : full.Substring(suffixAt);
        var cut = core.LastIndexOfAny(['.', '+']);
        return (cut < 0 ? core : core.Substring(cut + 1)) + suffix;
    }
}

/// <summary>How a parameter takes part in one parameter set (one [Parameter] attribute).</summary>
internal sealed record ParameterSetUse(string SetName, bool Mandatory, int? Position, bool ByValue, bool ByPropertyName);

internal sealed record ParameterMetadata(
    string Name,
    TypeName Type,
    IReadOnlyList<ParameterSetUse> Sets,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> AcceptedValues)
{
    public const string AllSets = "__AllParameterSets";

    public bool InSet(string set) => Sets.Any(s => s.SetName == set || s.SetName == AllSets);

    public ParameterSetUse UseIn(string set) => Sets.FirstOrDefault(s => s.SetName == set) ?? Sets.First(s => s.SetName == AllSets);
}

/// <summary>What the assembly says about one cmdlet: everything help needs that is not prose.</summary>
internal sealed record CmdletMetadata(
    string Verb,
    string Noun,
    string? DefaultParameterSet,
    bool SupportsShouldProcess,
    IReadOnlyList<TypeName> OutputTypes,
    IReadOnlyList<ParameterMetadata> Parameters)
{
    public string Name => $"{Verb}-{Noun}";

    /// <summary>Parameter set names, the default first; the single implicit set when none is named.</summary>
    public IReadOnlyList<string> ParameterSets
    {
        get
        {
            var named = Parameters.SelectMany(p => p.Sets).Select(s => s.SetName).Where(s => s != ParameterMetadata.AllSets)
                .Distinct().ToList();
            if (named.Count == 0) return [ParameterMetadata.AllSets];
            return named.OrderBy(s => s == DefaultParameterSet ? 0 : 1).ToList();
        }
    }
}
