

namespace N2fSync.Health;

/// <summary>
/// The result of one check of a configuration (Test-N2fConnection): its stable name (for scripts:
/// <c>Where-Object Name -eq N2fAuthentication</c>), how it went, what was found, and how long it took.
/// </summary>
public sealed class ConnectionCheck(string name, CheckStatus status, string detail, TimeSpan duration)
{
    /// <summary>Config, Store, RunLock, QuotaHeadroom, SourceUsers, SourceAnalytics, N2fReachable, N2fAuthentication, N2fReferenceLists, N2fAxes, ClockOffset.</summary>
    public string Name { get; } = name;

    // Internal, shown by name through module/N2fSync.Members.ps1xml: ConvertTo-Json writes a .NET enum as a number.
    internal CheckStatus Status { get; } = status;

    /// <summary>What was found, or why it failed and what to do. Never a secret.</summary>
    public string Detail { get; } = detail;

    /// <summary>Time the check took; for N2F checks, the time of their own calls.</summary>
    public TimeSpan Duration { get; } = duration;

    public override string ToString() => $"{Name}: {Status} - {Detail}";
}
