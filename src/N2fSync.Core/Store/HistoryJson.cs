using System.Text.Json;

namespace N2fSync.Store;

/// <summary>One JSON shape for what the store keeps as JSON (metrics, completeness, scope results) and what reports write.</summary>
internal static class HistoryJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
