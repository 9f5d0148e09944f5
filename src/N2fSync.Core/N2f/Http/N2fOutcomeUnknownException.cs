namespace N2fSync.N2f.Http;

/// <summary>
/// A write that may have reached N2F got no answer (timeout after sending, connection closed or reset before the
/// answer). It may have been applied or not: sending it again blindly could repeat an applied write, so the client
/// leaves it to the caller, who settles it the cheapest way (one re-read of the list can settle many, see
/// <c>UnknownOutcomeSettler</c>). The call was counted against the write quota like any other.
/// </summary>
public sealed class N2fOutcomeUnknownException : Exception
{
    public N2fOutcomeUnknownException(string method, string path, string cause, Exception? inner = null)
        : base($"N2F {method} {path}: outcome unknown, {cause}; not sent again blindly (it may have been applied).", inner)
    {
        Method = method;
        Path = path;
        Cause = cause;
    }

    public string Method { get; }
    public string Path { get; }

    /// <summary>Why no answer came, e.g. "connection reset before the answer" or "no answer within 100 s".</summary>
    public string Cause { get; }
}
