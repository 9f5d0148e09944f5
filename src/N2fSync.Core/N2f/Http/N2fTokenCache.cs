using System.Globalization;
using System.Text.Json;

namespace N2fSync.N2f.Http;

/// <summary>
/// Holds the bearer token and reuses it until its validity minus a safety margin (domain.md §2.2), so a long run
/// authenticates about once an hour and never sends a token about to expire.
/// </summary>
internal sealed class N2fTokenCache(TimeSpan safetyMargin, TimeProvider time)
{
    private string? _token;
    private DateTimeOffset _validUntil;

    public string? Current => _token is not null && time.GetUtcNow() < _validUntil - safetyMargin ? _token : null;

    public void Invalidate() => _token = null;

    /// <summary>Reads response.token and response.validity from the auth answer.</summary>
    public string Store(string authBody)
    {
        using var doc = JsonDocument.Parse(authBody);
        var response = doc.RootElement.GetProperty("response");
        var token = response.GetProperty("token").GetString();
        if (string.IsNullOrEmpty(token)) throw new FormatException("N2F auth answer has no token.");
        _validUntil = response.TryGetProperty("validity", out var validity) && validity.ValueKind == JsonValueKind.String
            ? DateTimeOffset.Parse(validity.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)
            : time.GetUtcNow().AddMinutes(30);
        _token = token;
        return token!;
    }
}
