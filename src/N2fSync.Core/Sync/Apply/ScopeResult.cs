

namespace N2fSync.Sync.Apply;

/// <summary>How one scope of a run went.</summary>
public enum ScopeStatus
{
    /// <summary>Read, planned and applied (what could be sent was sent).</summary>
    Completed,
    /// <summary>Could not be run: its source or N2F could not be read whole; nothing of it was written.</summary>
    Failed,
    /// <summary>Begun, then the run stopped (failure ceiling, time budget, cancel): the next run carries on.</summary>
    Stopped,
    /// <summary>Never started: the run stopped or failed before it.</summary>
    NotReached,
}

/// <summary>One scope of a run, in run order: never missing from the summary, whatever happened to it.</summary>
public sealed class ScopeResult
{
    public string Scope { get; set; } = "";
    // Internal, shown by name through module/N2fSync.Members.ps1xml: ConvertTo-Json writes a .NET enum as a number.
    [System.Text.Json.Serialization.JsonInclude]
    internal ScopeStatus Status { get; set; } = ScopeStatus.NotReached;

    /// <summary>Why the scope failed or stopped.</summary>
    public string? Reason { get; set; }

    /// <summary>Writes the gate let through for this scope.</summary>
    public int PlannedWrites { get; set; }

    public override string ToString() => Status == ScopeStatus.Completed ? $"{Scope}: completed"
        : $"{Scope}: {Status.ToString().ToLowerInvariant()}{(Reason is null ? "" : $" ({Reason})")}";
}
