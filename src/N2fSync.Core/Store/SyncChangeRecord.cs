using N2fSync.Output;
using N2fSync.Sync.Apply;
using N2fSync.Sync;

namespace N2fSync.Store;

/// <summary>
/// One row's outcome in one run, from the journal: a write sent to N2F with N2F's answer, or a change not sent and
/// why (skipped, held, a rejected source row, a dependency that failed), with the fields that differed.
/// </summary>
public sealed class SyncChangeRecord
{
    private readonly IReadOnlyList<FieldDifference> _differences = ReadableList<FieldDifference>.Empty;

    /// <summary>Journal entry id, increasing in the order things happened.</summary>
    public long Id { get; init; }

    public string RunId { get; init; } = "";

    /// <summary>UTC time the write was sent, or the outcome known for rows not sent.</summary>
    public DateTimeOffset At { get; init; }

    public string Scope { get; init; } = "";
    public string Company { get; init; } = "";
    public string Key { get; init; } = "";
    /// <summary>Internal so ConvertTo-Json does not write a number; PowerShell sees the name (module/N2fSync.Members.ps1xml).</summary>
    internal ChangeAction Action { get; init; }

    /// <summary>Internal so ConvertTo-Json does not write a number; PowerShell sees the name (module/N2fSync.Members.ps1xml).</summary>
    internal SyncOutcome Outcome { get; init; }

    /// <summary>True when a request went out to N2F.</summary>
    public bool Sent { get; init; }

    public int? StatusCode { get; init; }

    /// <summary>N2F's explanation of a failure, or why the row was not sent.</summary>
    public string? Message { get; init; }

    /// <summary>Field, N2F value, Agresso value, for every field that differed (empty for deletes).</summary>
    public IReadOnlyList<FieldDifference> Differences { get => _differences; init => _differences = ReadableList<FieldDifference>.Of(value); }

    public string ChangedFields { get; init; } = "";

    /// <summary>Source row, when the change came from one.</summary>
    public int? RowNumber { get; init; }

    public TimeSpan? Duration { get; init; }

    public bool IsFailure => Outcome is SyncOutcome.Failed or SyncOutcome.DependencyFailed;

    /// <summary>What a table shows: the message when there is one, else the differences ("jobTitle: 'Comptable' → 'Comptable principal'").</summary>
    public string Detail => !string.IsNullOrEmpty(Message) ? Message!
        : Differences.ToString() ?? "";

    public override string ToString() => $"{Outcome} {Action} {Scope} {Key}{(Message is null ? "" : $": {Message}")}";
}
