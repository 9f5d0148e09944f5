using System.Globalization;
using N2fSync.Agresso.Normalization;
using N2fSync.Mapping;
using N2fSync.Normalization;
using N2fSync.Sync;

namespace N2fSync.N2f;

/// <summary>
/// A value of one analytic axis in one company, as N2F answers it. Typed properties for people; <see cref="Fields"/>
/// keeps every field, technical ones included. Validity dates are the text N2F answered (the planner reads the
/// calendar day written in it).
/// </summary>
public sealed class N2fAxisValue
{
    internal N2fAxisValue(string scope, N2fCompany company, string axisId, IReadOnlyDictionary<string, object?> fields)
    {
        Scope = scope;
        Company = company.Code;
        CompanyId = company.Uuid;
        AxisId = axisId;
        Fields = fields;
        Names = NamesOf(fields);
    }

    public string Scope { get; }

    /// <summary>The code, trimmed: the key within the company and axis.</summary>
    public string Key => Code;

    /// <summary>Company code (Agresso's client).</summary>
    public string Company { get; }

    /// <summary>Company uuid in N2F.</summary>
    public string CompanyId { get; }

    /// <summary>"projects" or the uuid of the axis in this company.</summary>
    public string AxisId { get; }

    public string Code => Text.Clean(Get("code"));

    /// <summary>The label per culture, as answered (every culture, configured or not).</summary>
    public IReadOnlyList<CultureName> Names { get; }

    /// <summary>validityDateFrom as answered, e.g. 2026-01-01T01:00:00+01:00; null when none.</summary>
    public string? ValidFrom => GetOrNull("validityDateFrom");

    /// <summary>validityDateTo as answered; null when none.</summary>
    public string? ValidTo => GetOrNull("validityDateTo");

    public IReadOnlyDictionary<string, object?> Fields { get; }

    /// <summary>The label in a culture (compared case-insensitively), or null when N2F holds none in it.</summary>
    public string? NameIn(string culture) =>
        Names.FirstOrDefault(n => string.Equals(n.Culture.Trim(), culture, StringComparison.OrdinalIgnoreCase))?.Value;

    private string Get(string name) => GetOrNull(name) ?? "";

    private string? GetOrNull(string name) =>
        Fields.TryGetValue(name, out var v) && v is not null ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;

    private static IReadOnlyList<CultureName> NamesOf(IReadOnlyDictionary<string, object?> fields)
    {
        if (!fields.TryGetValue("names", out var names) || names is not IEnumerable<object?> list) return [];
        return list.OfType<IReadOnlyDictionary<string, object?>>()
            .Select(n => new CultureName(Str(n, "culture"), Str(n, "value")))
            .ToArray();
    }

    private static string Str(IReadOnlyDictionary<string, object?> item, string name) =>
        item.TryGetValue(name, out var v) && v is not null ? Convert.ToString(v, CultureInfo.InvariantCulture) ?? "" : "";

    public override string ToString() => $"{Code} ({Company})";
}
