

namespace N2fSync.Emulator;

/// <summary>A role or user profile: a uuid and its names per culture (N2F answers both in the same shape).</summary>
public sealed record NamedItem(string Uuid, IReadOnlyList<LocalizedName> Names)
{
    /// <summary>True when any culture's name equals <paramref name="name"/> (trimmed, case-insensitive), as N2F accepts.</summary>
    public bool HasName(string name) =>
        Names.Any(n => string.Equals(n.Value.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The name shown in <paramref name="culture"/>; falls back to French, then to the first name.</summary>
    public string? NameIn(string culture) => LocalizedNames.Pick(Names, culture);
}
