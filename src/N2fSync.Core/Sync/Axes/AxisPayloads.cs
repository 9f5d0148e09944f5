using N2fSync.Agresso.Normalization;
using N2fSync.Agresso;
using N2fSync.Mapping;
using N2fSync.N2f;
using N2fSync.Normalization;
using N2fSync.Scopes;

namespace N2fSync.Sync.Axes;

/// <summary>
/// Builds the axis-value payload of domain.md §5.2 and compares a source value with what N2F holds (domain.md §6,
/// decisions.md §9): names only in the configured cultures, dates as calendar days, the code being the key.
/// </summary>
internal sealed class AxisPayloads(ScopeDefinition scope)
{
    public const string ValidFromField = "validityDateFrom";
    public const string ValidToField = "validityDateTo";

    /// <summary><c>code</c>, the description under every configured culture (config order), both validity days or null.</summary>
    public N2fPayload Build(AgressoAxisValue value) => new()
    {
        ["code"] = value.Code,
        ["names"] = scope.Cultures.Select(c => new CultureName(c, value.Description)).ToList(),
        [ValidFromField] = ValidityDate.ToPayload(value.ValidFrom),
        [ValidToField] = ValidityDate.ToPayload(value.ValidTo),
    };

    /// <summary>The sent fields that differ: <c>names[culture]</c> per configured culture, then the two dates.</summary>
    public List<FieldDifference> Compare(AgressoAxisValue value, N2fAxisValue n2f) =>
        Compare(scope.Cultures.Select(c => new CultureName(c, value.Description)), value.ValidFrom, value.ValidTo, n2f);

    /// <summary>
    /// The same comparison from a payload as <see cref="Build"/> made it (a write whose outcome is being settled):
    /// the names it sends per culture, its two days.
    /// </summary>
    public static List<FieldDifference> Compare(N2fPayload payload, N2fAxisValue n2f)
    {
        var names = payload.TryGetValue("names", out var sent) && sent is IEnumerable<CultureName> list ? list : [];
        return Compare(names, Day(payload, ValidFromField), Day(payload, ValidToField), n2f);
    }

    private static List<FieldDifference> Compare(IEnumerable<CultureName> names, DateTime? validFrom, DateTime? validTo, N2fAxisValue n2f)
    {
        var differences = new List<FieldDifference>();
        foreach (var name in names)
        {
            // A culture N2F lacks is a difference; a culture we do not send (an extra en) is none of our business.
            var actual = n2f.NameIn(name.Culture);
            if (actual is null || Text.Clean(actual) != name.Value)
                differences.Add(new FieldDifference($"names[{name.Culture}]", actual, name.Value));
        }
        CompareDay(differences, ValidFromField, n2f.ValidFrom, validFrom);
        CompareDay(differences, ValidToField, n2f.ValidTo, validTo);
        return differences;
    }

    private static DateTime? Day(N2fPayload payload, string field) =>
        payload.TryGetValue(field, out var text) && ValidityDate.TryParseN2f(text as string, out var day) ? day : null;

    private static void CompareDay(List<FieldDifference> differences, string field, string? answered, DateTime? wanted)
    {
        if (!ValidityDate.TryParseN2f(answered, out var actual))
            differences.Add(new FieldDifference(field, answered, ValidityDate.ToDayText(wanted)));
        else if (actual != wanted)
            differences.Add(new FieldDifference(field, ValidityDate.ToDayText(actual), ValidityDate.ToDayText(wanted)));
    }

    /// <summary>What a create sets, as differences from nothing, for tables and -WhatIf.</summary>
    public static List<FieldDifference> CreateDifferences(N2fPayload payload)
    {
        var differences = new List<FieldDifference>();
        if (payload["names"] is IEnumerable<CultureName> names)
            differences.AddRange(names.Select(n => new FieldDifference($"names[{n.Culture}]", null, n.Value)));
        foreach (var field in new[] { ValidFromField, ValidToField })
            if (payload[field] is string day) differences.Add(new FieldDifference(field, null, day.Substring(0, 10)));
        return differences;
    }
}
