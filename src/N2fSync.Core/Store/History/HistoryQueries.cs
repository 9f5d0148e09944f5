using N2fSync.Sync;
using N2fSync.Sync.Apply;

namespace N2fSync.Store.History;

/// <summary>Which runs to list (Get-N2fSyncRun); every filter is optional and they combine.</summary>
public sealed class RunQuery
{
    public IReadOnlyCollection<string>? Ids { get; init; }

    /// <summary>Runs against this N2F target only (its origin: base URL and client id).</summary>
    public string? Target { get; init; }

    /// <summary>Runs that covered this scope.</summary>
    public string? Scope { get; init; }

    public IReadOnlyCollection<RunOutcome>? Outcomes { get; init; }

    /// <summary>Started at or after (UTC).</summary>
    public DateTimeOffset? After { get; init; }

    /// <summary>Started before (UTC).</summary>
    public DateTimeOffset? Before { get; init; }

    /// <summary>Only the newest this many, after the other filters.</summary>
    public int? Last { get; init; }
}

/// <summary>Which per-row outcomes to list (Get-N2fSyncChange); every filter is optional and they combine.</summary>
public sealed class ChangeQuery
{
    public IReadOnlyCollection<string>? RunIds { get; init; }

    /// <summary>A wildcard pattern on the key (e-mail or code), case-insensitive: * ? [a-z], ` escapes.</summary>
    public string? Key { get; init; }

    public IReadOnlyCollection<string>? Scopes { get; init; }
    public IReadOnlyCollection<SyncOutcome>? Outcomes { get; init; }
    public IReadOnlyCollection<ChangeAction>? Actions { get; init; }

    /// <summary>At or after (UTC).</summary>
    public DateTimeOffset? After { get; init; }

    /// <summary>Before (UTC).</summary>
    public DateTimeOffset? Before { get; init; }
}
