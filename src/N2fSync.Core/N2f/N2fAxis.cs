

namespace N2fSync.N2f;

/// <summary>A custom analytic axis of one company, from <c>GET companies/{uuid}/axes</c>: its uuid and names per culture.</summary>
internal sealed record N2fAxis(string Uuid, IReadOnlyList<(string Culture, string Value)> Names)
{
    /// <summary>The French name, by which a scope's <c>axis</c> finds it (domain.md §2.3).</summary>
    public string FrenchName => Names.FirstOrDefault(n => n.Culture.Trim().StartsWith("fr", StringComparison.OrdinalIgnoreCase)).Value?.Trim() ?? "";
}
