using System.Globalization;
using System.Text.Json;

namespace N2fSync.N2f.Http;

/// <summary>Reads N2F's envelope (domain.md §2.1) and turns JSON values into plain .NET values the planner compares.</summary>
internal static class N2fJson
{
    /// <summary>The list of an answer: response.data, or response itself when it is an array (roles, profiles).</summary>
    public static JsonElement ListOf(JsonElement root)
    {
        if (!root.TryGetProperty("response", out var response))
            throw new FormatException("N2F answer has no 'response' member.");
        if (response.ValueKind == JsonValueKind.Array) return response;
        if (response.ValueKind == JsonValueKind.Object && response.TryGetProperty("data", out var data)
            && data.ValueKind == JsonValueKind.Array)
            return data;
        if (response.ValueKind is JsonValueKind.Null) return default;
        throw new FormatException("N2F answer has neither response.data[] nor response[].");
    }

    public static int Count(JsonElement list) => list.ValueKind == JsonValueKind.Array ? list.GetArrayLength() : 0;

    /// <summary>A JSON object as a case-insensitive field dictionary of strings, bools, lists and nested dictionaries.</summary>
    public static Dictionary<string, object?> ToFields(JsonElement obj)
    {
        var fields = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in obj.EnumerateObject())
            fields[property.Name] = ToValue(property.Value);
        return fields;
    }

    public static object? ToValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        // Numbers stay text: no payload field is numeric, and '00123' must not become 123 (decisions.md §6).
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array => value.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.Object => ToFields(value),
        _ => null,
    };

    /// <summary>The human explanation in an error body: response.message, message, or the text itself, shortened.</summary>
    public static string ErrorMessage(string body)
    {
        var text = body.Trim();
        if (text.Length == 0) return "(no explanation in the answer)";
        try
        {
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                var holder = root.TryGetProperty("response", out var r) && r.ValueKind == JsonValueKind.Object ? r : root;
                foreach (var name in new[] { "message", "error", "title", "detail" })
                    if (holder.TryGetProperty(name, out var m) && m.ValueKind == JsonValueKind.String)
                        return Shorten(m.GetString()!);
            }
        }
        catch (JsonException)
        {
            // Not JSON: keep the text.
        }
        return Shorten(text);
    }

    private static string Shorten(string text) =>
        text.Length <= 500 ? text : text.Substring(0, 500).ToString(CultureInfo.InvariantCulture) + "…";
}
