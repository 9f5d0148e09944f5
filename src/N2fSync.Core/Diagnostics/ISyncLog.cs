

namespace N2fSync.Diagnostics;

/// <summary>
/// Where the core reports what it is doing. The cmdlets route it to the verbose and warning streams; tests collect it.
/// Implementations must accept calls from any thread. Messages never contain secrets.
/// </summary>
public interface ISyncLog
{
    void Verbose(string message);
    void Warning(string message);
}

/// <summary>Discards everything; for callers that do not listen.</summary>
public sealed class NullSyncLog : ISyncLog
{
    public static NullSyncLog Instance { get; } = new();
    public void Verbose(string message) { }
    public void Warning(string message) { }
}
