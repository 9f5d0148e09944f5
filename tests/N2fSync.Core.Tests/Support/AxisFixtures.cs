using N2fSync.Agresso.Normalization;
using N2fSync.Agresso;
using N2fSync.N2f;
using N2fSync.Scopes;
using N2fSync.Sync.Axes;

namespace N2fSync.Tests.Support;

/// <summary>Analytics rows and N2F axis values of docs/domain.md (§3.2, §9), composed for tests.</summary>
internal static class AxisFixtures
{
    public static readonly N2fCompany Be01 = new("c-1", "BE01", "Acme Belgium");
    public static readonly N2fCompany Be02 = new("c-2", "BE02", "Acme Wallonie");

    public static ScopeDefinition Projects { get; } = ScopeDefinition.ForAxis("projects", "PROJECT", "projects", ["fr", "nl"]);
    public static ScopeDefinition Plates { get; } = ScopeDefinition.ForAxis("plates", "PLAQUE", "plaque", ["fr", "nl"]);

    /// <summary>An analytics-view row; override any column.</summary>
    public static Dictionary<string, string?> Row(string code, params (string Column, string? Value)[] overrides)
    {
        var row = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["typ"] = "PROJECT", ["client"] = "BE01", ["code"] = code, ["description"] = "Rénovation école",
            ["status"] = "N", ["date_from"] = "2026-01-01", ["date_to"] = "2099-12-31",
        };
        foreach (var (column, value) in overrides) row[column] = value;
        return row;
    }

    public static AgressoAxisValue Value(int rowNumber, Dictionary<string, string?> row, ScopeDefinition? scope = null) =>
        AxisValueNormalizer.Normalize((scope ?? Projects).Name, new SourceRow(rowNumber, row));

    public static AgressoAxisValue Value(string code, params (string Column, string? Value)[] overrides) => Value(1, Row(code, overrides));

    /// <summary>Rows numbered from 1, as the view would give them.</summary>
    public static AgressoAxisValue[] Values(params Dictionary<string, string?>[] rows) =>
        rows.Select((r, i) => Value(i + 1, r)).ToArray();

    /// <summary>N2F's answer for a value in step with <see cref="Row"/>, dates in Paris offset as N2F has been seen to answer.</summary>
    public static N2fAxisValue N2fValue(string code, N2fCompany? company = null, string axisId = "projects",
        params (string Field, object? Value)[] overrides)
    {
        var fields = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
        {
            ["uuid"] = Guid.NewGuid().ToString(), ["code"] = code,
            ["names"] = Names(("fr", "Rénovation école"), ("nl", "Rénovation école")),
            ["validityDateFrom"] = "2026-01-01T01:00:00+01:00", ["validityDateTo"] = null,
            ["createdAt"] = "2025-12-01T10:00:00Z",
        };
        foreach (var (field, value) in overrides) fields[field] = value;
        return new N2fAxisValue(Projects.Name, company ?? Be01, axisId, fields);
    }

    /// <summary>A names list in the shape N2fJson gives it.</summary>
    public static List<object?> Names(params (string Culture, string Value)[] names) =>
        names.Select(n => (object?)new Dictionary<string, object?> { ["culture"] = n.Culture, ["value"] = n.Value }).ToList();

    public static CompanyAxis Company(N2fCompany company, params N2fAxisValue[] values) => new(company, "projects", null, values);

    public static CompanyAxis CompanyWithoutAxis(N2fCompany company) =>
        new(company, null, $"company {company.Code} has no N2F axis named 'plaque' (in French); its axes: 'subpost'.", []);
}
