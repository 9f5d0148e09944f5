using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text;
using N2fSync.Mapping;

namespace N2fSync.Sync;

/// <summary>
/// The field-level differences of a change as JSON, for the journal: <c>[{"field","n2f","agresso"}]</c>. Values are
/// business data (names, titles, codes), never secrets; names lists keep their cultures.
/// </summary>
internal static class DifferencesJson
{
    public static string? Write(IReadOnlyList<FieldDifference> differences)
    {
        if (differences.Count == 0) return null;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            foreach (var difference in differences)
            {
                writer.WriteStartObject();
                writer.WriteString("field", difference.Field);
                N2fPayload.WriteValue(writer, "n2f", difference.N2fValue);
                N2fPayload.WriteValue(writer, "agresso", difference.AgressoValue);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static IReadOnlyList<FieldDifference> Read(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        using var document = JsonDocument.Parse(json!);
        return document.RootElement.EnumerateArray()
            .Select(d => new FieldDifference(d.GetProperty("field").GetString() ?? "", ReadValue(d, "n2f"), ReadValue(d, "agresso")))
            .ToList();
    }

    /// <summary>A value as one line of text, for CSV, HTML and tables: names lists read "fr: Vélo; nl: Fiets".</summary>
    public static string Display(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        string s => s,
        IEnumerable<CultureName> names => string.Join("; ", names.Select(n => $"{n.Culture}: {n.Value}")),
        System.Collections.IEnumerable items => string.Join("; ", items.Cast<object?>().Select(Display)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static object? ReadValue(JsonElement difference, string name)
    {
        if (!difference.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Array => value.EnumerateArray()
                .Select(n => new CultureName(Str(n, "culture"), Str(n, "value"))).ToList(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        };
    }

    private static string Str(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString() ?? "" : "";
}
