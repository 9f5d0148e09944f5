using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Json;

namespace N2fSync.Emulator;

/// <summary>Serializer settings shared by the API answers and the state file.</summary>
internal static class EmulatorJson
{
    // Relaxed escaping answers "Rénovation école" and "O'Neil" as written, like N2F, instead of \u00e9 and \u0027.
    public static readonly JsonSerializerOptions Api = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonSerializerOptions State = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };
}
