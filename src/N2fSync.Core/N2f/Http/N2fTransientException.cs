

namespace N2fSync.N2f.Http;

/// <summary>A failure worth retrying: 5xx, 408, 429, a timeout or a dropped connection.</summary>
internal sealed class N2fTransientException(int? statusCode, string message, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public int? StatusCode { get; } = statusCode;

    /// <summary>The server's Retry-After, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
