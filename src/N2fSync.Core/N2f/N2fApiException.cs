namespace N2fSync.N2f;

/// <summary>
/// N2F answered a call with an error, or could not be reached. Carries the HTTP status and N2F's own message
/// (never the token or the client secret).
/// </summary>
public sealed class N2fApiException : Exception
{
    public N2fApiException(string method, string path, int? statusCode, string n2fMessage, Exception? inner = null)
        : base(Describe(method, path, statusCode, n2fMessage), inner)
    {
        Method = method;
        Path = path;
        StatusCode = statusCode;
        N2fMessage = n2fMessage;
    }

    public string Method { get; }
    public string Path { get; }

    /// <summary>HTTP status, or null when no answer came (timeout, dropped connection).</summary>
    public int? StatusCode { get; }

    /// <summary>The explanation N2F gave, as text.</summary>
    public string N2fMessage { get; }

    /// <summary>4xx other than 408/429: the request itself is wrong, and sending it again will not help.</summary>
    public bool IsRejection => StatusCode is >= 400 and < 500 and not 408 and not 429;

    /// <summary>N2F refused the client id or secret: every later call would be refused too.</summary>
    public bool IsAuthentication => Path == "auth" && StatusCode is >= 400 and < 500 and not 408 and not 429;

    /// <summary>No answer came (connection refused or dropped, timeouts, circuit open) even after the retries.</summary>
    public bool IsUnreachable => StatusCode is null or >= 500;

    private static string Describe(string method, string path, int? status, string message) =>
        status is null
            ? $"N2F {method} {path} failed: {message}"
            : $"N2F {method} {path} answered {status}: {message}";
}
