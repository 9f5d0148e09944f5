using System.Text.Json.Nodes;

namespace N2fSync.Emulator;

/// <summary>Writes companies, roles, profiles, axes and axis values in N2F's shapes.</summary>
internal static class ReferenceJson
{
    public static JsonObject Company(EmulatedCompany company) =>
        new() { ["uuid"] = company.Uuid, ["code"] = company.Code, ["name"] = company.Name };

    public static JsonObject Named(string uuid, IReadOnlyList<LocalizedName> names) =>
        new() { ["uuid"] = uuid, ["names"] = Names(names) };

    public static JsonObject AxisValue(EmulatedAxisValue value, DateStyle style) => new()
    {
        ["uuid"] = value.Uuid,
        ["code"] = value.Code,
        ["names"] = Names(value.Names),
        ["validityDateFrom"] = Date(value.ValidityDateFrom, style),
        ["validityDateTo"] = Date(value.ValidityDateTo, style),
        ["axisId"] = value.AxisId,
        ["companyUuid"] = value.CompanyUuid,
        ["createdAt"] = ApiResponses.Instant(value.CreatedAt),
        ["updatedAt"] = ApiResponses.Instant(value.UpdatedAt),
    };

    private static JsonArray Names(IReadOnlyList<LocalizedName> names) =>
        [.. names.Select(n => new JsonObject { ["culture"] = n.Culture, ["value"] = n.Value })];

    private static string? Date(DateOnly? date, DateStyle style) => date is { } d ? ValidityDates.Format(d, style) : null;
}
