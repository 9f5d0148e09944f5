namespace N2fSync.Sync;

/// <summary>
/// Where a plan comes from: its id, when it was computed, against which N2F target, with which configuration, and
/// when N2F was read for it. Every change carries it, so a plan saved today and applied tomorrow, or to another target,
/// can be recognised as such.
/// </summary>
public sealed record PlanStamp(string PlanId, DateTimeOffset PlannedAt, string Target, string ConfigPath, DateTimeOffset? N2fReadAt)
{
    public static string NewId() => Guid.NewGuid().ToString("N").Substring(0, 12);
}
