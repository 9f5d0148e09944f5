

namespace N2fSync.Sync.Apply;

/// <summary>One line of a run's outcome: which change, what happened, and N2F's answer.</summary>
public sealed class SyncResult
{
    /// <summary>The run this outcome belongs to (see Get-N2fSyncRun).</summary>
    public string RunId { get; init; } = "";

    public string Scope { get; init; } = "";
    /// <summary>Internal so ConvertTo-Json does not write a number; PowerShell sees the name (module/N2fSync.Members.ps1xml).</summary>
    internal ChangeAction Action { get; init; }
    public string Key { get; init; } = "";
    public string Company { get; init; } = "";
    /// <summary>Internal so ConvertTo-Json does not write a number; PowerShell sees the name (module/N2fSync.Members.ps1xml).</summary>
    internal SyncOutcome Outcome { get; init; }

    /// <summary>HTTP status of N2F's final answer; null when nothing was sent or no answer came.</summary>
    public int? StatusCode { get; init; }

    /// <summary>N2F's explanation on failure, or why nothing was sent.</summary>
    public string? Message { get; init; }

    public string ChangedFields { get; init; } = "";
    public TimeSpan Duration { get; init; }

    /// <summary>UTC time the outcome was known.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>True when a request went out to N2F for this change (and the journal recorded it before and after).</summary>
    public bool Sent { get; init; }

    public bool IsFailure => Outcome is SyncOutcome.Failed or SyncOutcome.DependencyFailed;

    public override string ToString() => $"{Outcome} {Scope} {Key}{(Message is null ? "" : $": {Message}")}";
}
