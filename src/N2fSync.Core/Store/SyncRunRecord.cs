using N2fSync.Diagnostics;
using N2fSync.Output;
using N2fSync.Sync.Apply;
using N2fSync.Sync;

namespace N2fSync.Store;

/// <summary>One run of Sync-N2fScope as the store kept it: when, who, where, what it did and how it ended.</summary>
public sealed class SyncRunRecord
{
    private readonly IReadOnlyList<string> _scopes = ReadableList<string>.Empty;
    private readonly IReadOnlyList<ScopeResult> _scopeResults = ReadableList<ScopeResult>.Empty;
    private readonly IReadOnlyList<ScopeCompleteness> _completeness = ReadableList<ScopeCompleteness>.Empty;

    public string Id { get; init; } = "";

    /// <summary>UTC.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>UTC; null while running, or when the process died before the end.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    public TimeSpan? Duration => EndedAt - StartedAt;

    /// <summary>In run order; as text (Export-Csv), "users, projects".</summary>
    public IReadOnlyList<string> Scopes { get => _scopes; init => _scopes = ReadableList<string>.Of(value, ", "); }

    public string? UserName { get; init; }
    public string? Host { get; init; }
    public int? ProcessId { get; init; }
    public int Created { get; init; }
    public int Updated { get; init; }
    public int Deleted { get; init; }
    public int Unchanged { get; init; }
    public int Skipped { get; init; }
    public int Failed { get; init; }
    public int Held { get; init; }

    /// <summary>Changes the write gate refused (a protected key, another target, a delete the source does not call for...).</summary>
    public int Refused { get; init; }

    /// <summary>Data-quality issues found in the source rows (see Export-N2fSyncReport for the list).</summary>
    public int DataIssues { get; init; }

    /// <summary>
    /// Success, PartialFailure, Stopped, Failed, or Unfinished (still running, or the process died). Internal so
    /// ConvertTo-Json does not write a number; PowerShell sees the name (module/N2fSync.Members.ps1xml).
    /// </summary>
    internal RunOutcome Outcome { get; init; } = RunOutcome.Unfinished;

    public string? StoppedBecause { get; init; }

    /// <summary>Why a Failed run could do nothing (authentication, connection, source, configuration).</summary>
    public string? FailedBecause { get; init; }

    /// <summary>The N2F target the run wrote to: base URL and client id (null for runs of releases that did not record it).</summary>
    public string? Target { get; init; }

    /// <summary>Full path of the configuration the run used.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>How each scope went, in run order: completed, failed (and why), or not reached.</summary>
    public IReadOnlyList<ScopeResult> ScopeResults { get => _scopeResults; init => _scopeResults = ReadableList<ScopeResult>.Of(value); }

    /// <summary>Valid rows ÷ rows per scope, for runs that read the source themselves (Sync-N2fScope -Scope).</summary>
    public IReadOnlyList<ScopeCompleteness> Completeness { get => _completeness; init => _completeness = ReadableList<ScopeCompleteness>.Of(value, ", "); }

    public SyncMetrics? Metrics { get; init; }

    /// <summary>The notifications sent about the run, oldest first ("Webhook: sent; Mail: failed"); null when none was tried.</summary>
    public string? Notifications { get; init; }

    /// <summary>The counts in one line, for tables.</summary>
    public string Totals => string.Join(", ", new[]
        {
            (Created, "created"), (Updated, "updated"), (Deleted, "deleted"), (Failed, "failed"), (Held, "held"), (Refused, "refused"), (Skipped, "skipped"),
        }.Where(c => c.Item1 > 0).Select(c => $"{c.Item1} {c.Item2}")) is { Length: > 0 } text ? text : "no writes";

    public override string ToString() => $"run {Id} {StartedAt:u} {string.Join(",", Scopes)}: {Outcome} ({Totals})";
}
