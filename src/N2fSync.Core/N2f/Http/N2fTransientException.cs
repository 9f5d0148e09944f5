

namespace N2fSync.N2f.Http;

/// <summary>
/// A failure worth retrying: 5xx, 408, 429, a timeout or a dropped connection. Names the call that failed (which may
/// be <c>POST auth</c> made on behalf of another call) and whether the request may have reached N2F.
/// </summary>
internal sealed class N2fTransientException(string method, string path, int? statusCode, string message,
    TimeSpan? retryAfter = null, Exception? inner = null, bool surelyNotSent = false)
    : Exception(message, inner)
{
    public string Method { get; } = method;
    public string Path { get; } = path;
    public int? StatusCode { get; } = statusCode;

    /// <summary>The server's Retry-After, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>No answer, and the request never left (connection refused, unknown host, TLS failure).</summary>
    public bool SurelyNotSent { get; } = surelyNotSent;

    /// <summary>No answer came back (transport failure rather than an HTTP status).</summary>
    public bool Unanswered => StatusCode is null;
}
