

namespace N2fSync.N2f.Http;

/// <summary>A final answer from N2F: status and body text (already redacted of secrets).</summary>
public sealed record N2fResponse(int StatusCode, string Body, TimeSpan Duration)
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;
}
