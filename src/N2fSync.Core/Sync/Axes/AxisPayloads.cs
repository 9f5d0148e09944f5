using N2fSync.Agresso.Normalization;
using N2fSync.Agresso;
using N2fSync.Mapping;
using N2fSync.N2f;
using N2fSync.Normalization;
using N2fSync.Scopes;

namespace N2fSync.Sync.Axes;

/// <summary>
/// Builds the axis-value payload of domain 5.2 and compares a source value with what N2F holds (domain 6,
/// decisions 9): names only in the configured cultures, dates as calendar days, the code being the key.
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
    public List<FieldDifference> Compare(AgressoAxisValue value, N2fAxisValue n2f)
    {
        var differences = new List<FieldDifference>();
        foreach (var culture in scope.Cultures)
        {
            // A culture N2F lacks is a difference; a culture we do not send (an extra en) is none of our business.
            var actual = n2f.NameIn(culture);
            if (actual is null || Text.Clean(actual) != value.Description)
                differences.Add(new FieldDifference($"names[{culture}]", actual, value.Description));
        }
        CompareDay(differences, ValidFromField, n2f.ValidFrom, value.ValidFrom);
        CompareDay(differences, ValidToField, n2f.ValidTo, value.ValidTo);
        return differences;
    }

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
