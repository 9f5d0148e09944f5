using System.Text.Json.Nodes;
using System.Text.Json;

namespace N2fSync.Emulator;

/// <summary>
/// Applies a <c>POST companies/{uuid}/axes/{axisId}</c> payload: an upsert keyed by the trimmed <c>code</c>, with
/// partial semantics (present members overwrite, absent ones keep their value).
/// </summary>
internal static class AxisValuePatch
{
    public static AxisValueUpsertResult Apply(
        JsonObject payload, AxisKey key, Func<string, EmulatedAxisValue?> find, DateTimeOffset now)
    {
        var errors = new List<EmulatorFieldError>();
        if (!JsonValues.TryString(payload["code"], "code", errors, out var code) || string.IsNullOrWhiteSpace(code))
        {
            if (errors.Count == 0)
            {
                errors.Add(new("code", "code is required."));
            }

            return new(AxisResolution.Found, null, false, errors);
        }

        code = code.Trim();
        var existing = find(code);
        var value = existing ?? new EmulatedAxisValue
        {
            CompanyUuid = key.CompanyUuid,
            AxisId = key.AxisId,
            Uuid = Guid.NewGuid().ToString(),
            Code = code,
            CreatedAt = now,
        };

        if (payload.TryGetPropertyValue("names", out var names))
        {
            value = value with { Names = ReadNames(names, errors) };
        }

        if (payload.TryGetPropertyValue("validityDateFrom", out var from))
        {
            value = value with { ValidityDateFrom = ReadDate(from, "validityDateFrom", errors) };
        }

        if (payload.TryGetPropertyValue("validityDateTo", out var to))
        {
            value = value with { ValidityDateTo = ReadDate(to, "validityDateTo", errors) };
        }

        return errors.Count > 0
            ? new(AxisResolution.Found, null, false, errors)
            : new(AxisResolution.Found, value with { UpdatedAt = now }, existing is null, errors);
    }

    private static LocalizedName[] ReadNames(JsonNode? node, List<EmulatorFieldError> errors)
    {
        if (node is null)
        {
            return [];
        }

        if (node is JsonArray array && array.All(IsName))
        {
            return [.. array.Select(n => new LocalizedName(n!["culture"]!.GetValue<string>(), n["value"]!.GetValue<string>()))];
        }

        errors.Add(new("names", "names must be a list of {\"culture\": \"..\", \"value\": \"..\"} objects."));
        return [];
    }

    private static bool IsName(JsonNode? node) =>
        node is JsonObject o
        && o["culture"]?.GetValueKind() == JsonValueKind.String
        && o["value"]?.GetValueKind() == JsonValueKind.String;

    private static DateOnly? ReadDate(JsonNode? node, string field, List<EmulatorFieldError> errors)
    {
        if (!JsonValues.TryString(node, field, errors, out var text) || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (ValidityDates.TryParse(text, out var date))
        {
            return date;
        }

        errors.Add(new(field, $"{field} '{text}' is not an ISO-8601 date such as 2026-01-01T00:00:00Z."));
        return null;
    }
}
