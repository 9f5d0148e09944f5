using System.Text.Json.Nodes;
using System.Text.Json;

namespace N2fSync.Emulator;

/// <summary>Strict reads of payload members: a wrong JSON kind is a field error, never a silent coercion.</summary>
internal static class JsonValues
{
    public static bool TryString(JsonNode? node, string field, List<EmulatorFieldError> errors, out string? value)
    {
        value = null;
        if (node is null)
        {
            return true;
        }

        if (node.GetValueKind() == JsonValueKind.String)
        {
            value = node.GetValue<string>();
            return true;
        }

        errors.Add(new(field, $"{field} must be a string or null, not {Describe(node)}."));
        return false;
    }

    public static bool TryFlag(JsonNode? node, string field, List<EmulatorFieldError> errors, out bool? value)
    {
        value = null;
        switch (node?.GetValueKind())
        {
            case null:
                return true;
            case JsonValueKind.True:
                value = true;
                return true;
            case JsonValueKind.False:
                value = false;
                return true;
            default:
                errors.Add(new(field, $"{field} must be a boolean (true or false), not {Describe(node)}."));
                return false;
        }
    }

    public static string Describe(JsonNode? node) => node?.GetValueKind() switch
    {
        null => "null",
        JsonValueKind.String => $"the text '{node.GetValue<string>()}'",
        JsonValueKind.Number => $"the number {node.ToJsonString()}",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        var kind => kind.ToString()!.ToLowerInvariant(),
    };
}
