using N2fSync.Diagnostics;

namespace N2fSync.Sync.Apply;

/// <summary>Counts of one run, written to the information stream at the end and kept for history.</summary>
public sealed class SyncSummary
{
    private readonly List<ScopeCompleteness> _completeness = [];
    private readonly List<ScopeResult> _scopes = [];

    public string RunId { get; init; } = "";
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; private set; }
    public bool WhatIf { get; init; }

    /// <summary>
    /// The N2F target written to, as the run's record and a plan's stamp have it ("base URL client id"), so
    /// <c>Get-N2fSyncRun -Target $summary.Target</c> finds its runs; and the configuration used.
    /// </summary>
    public string Target { get; init; } = "";
    public string? ConfigPath { get; init; }

    /// <summary>Scope names in run order.</summary>
    public IReadOnlyList<string> Scopes => _scopes.Select(s => s.Scope).ToList();

    /// <summary>How each scope went, in run order.</summary>
    public IReadOnlyList<ScopeResult> ScopeResults => _scopes;

    public int Created { get; private set; }
    public int Updated { get; private set; }
    public int Deleted { get; private set; }
    public int Unchanged { get; private set; }
    public int Skipped { get; private set; }
    public int Failed { get; private set; }
    public int Held { get; private set; }

    /// <summary>Changes the write gate refused (protected keys, another target, deletes the source does not call for...).</summary>
    public int Refused { get; private set; }

    /// <summary>Source rows rejected by data-quality checks (their N2F objects were left alone).</summary>
    public int RejectedRows { get; set; }

    /// <summary>Why the run stopped early (failure ceiling, time budget, cancel, N2F lost), if it did.</summary>
    public string? StoppedBecause { get; set; }

    /// <summary>Why nothing could be done (authentication, connection, source), if so.</summary>
    public string? FailedBecause { get; set; }

    public int WouldWrite { get; private set; }

    /// <summary>Writes the gate let through before any was sent, and how long they take at the quota.</summary>
    public int PlannedWrites { get; set; }
    public string? Estimate { get; set; }

    /// <summary>Calls sent to N2F in this run (retries included), retries, and 429 answers received.</summary>
    public int ApiReads { get; set; }
    public int ApiWrites { get; set; }
    public int Retries { get; set; }
    public int Throttled { get; set; }

    /// <summary>
    /// How the run paced itself after N2F answered 429 (N2F allowed fewer calls than the configured quota), e.g. "N2F
    /// allowed 6 writes per 60 s window from 20:00:14 (table: 50): ..."; null when N2F never refused a call.
    /// </summary>
    public string? PacingNote { get; set; }

    /// <summary>Updates sent while N2F's users were still being read (counted in <see cref="Updated"/> and the others too).</summary>
    public int SentWhileReading { get; set; }

    /// <summary>Data-quality issues found in the source rows of this run (blocking or not).</summary>
    public int DataIssues { get; set; }

    /// <summary>Valid rows ÷ rows per scope whose source this run read itself.</summary>
    public IReadOnlyList<ScopeCompleteness> Completeness => _completeness;

    /// <summary>API calls, latency, cache use, throughput and memory of the run, once it ended.</summary>
    public SyncMetrics? Metrics { get; set; }

    public TimeSpan Duration => (EndedAt ?? StartedAt) - StartedAt;

    /// <summary>True for Success; a scheduled job exits non-zero otherwise.</summary>
    public bool Succeeded => Outcome == RunOutcome.Success;

    /// <summary>Internal so ConvertTo-Json does not write a number; PowerShell sees the name (module/N2fSync.Members.ps1xml).</summary>
    internal RunOutcome Outcome
    {
        get
        {
            if (_scopes.Count > 0 && _scopes.All(s => s.Status is ScopeStatus.Failed or ScopeStatus.NotReached)
                && Created + Updated + Deleted == 0)
                return RunOutcome.Failed;
            if (FailedBecause is not null && _scopes.Count == 0) return RunOutcome.Failed;
            if (StoppedBecause is not null) return RunOutcome.Stopped;
            if (Failed > 0 || _scopes.Any(s => s.Status == ScopeStatus.Failed)) return RunOutcome.PartialFailure;
            return RunOutcome.Success;
        }
    }

    /// <summary>The scope's line in <see cref="ScopeResults"/>, added in run order on first use.</summary>
    public ScopeResult Scope(string name)
    {
        var found = _scopes.FirstOrDefault(s => string.Equals(s.Scope, name, StringComparison.OrdinalIgnoreCase));
        if (found is not null) return found;
        found = new ScopeResult { Scope = name };
        _scopes.Add(found);
        return found;
    }

    public void Add(SyncResult result)
    {
        switch (result.Outcome)
        {
            case SyncOutcome.Created: Created++; break;
            case SyncOutcome.Updated: Updated++; break;
            case SyncOutcome.Deleted: Deleted++; break;
            case SyncOutcome.Unchanged: Unchanged++; break;
            case SyncOutcome.Skipped: Skipped++; break;
            case SyncOutcome.Held: Held++; break;
            case SyncOutcome.Refused: Refused++; break;
            // A run records a lost answer only once settling it failed: still unknown then, it counts as a failure.
            default: Failed++; break;
        }
    }

    /// <summary>Keys on both sides that agree: counted from the plan (they have no change object).</summary>
    public void AddUnchanged(int count) => Unchanged += count;

    /// <summary>A change -WhatIf did not send.</summary>
    public void AddWhatIf() => WouldWrite++;

    public void AddCompleteness(ScopeCompleteness completeness) => _completeness.Add(completeness);

    public void Complete(DateTimeOffset at) => EndedAt = at;

    public override string ToString()
    {
        var scopes = _scopes.Count == 0 ? "no scope" : string.Join(", ", Scopes);
        var extras = (Held > 0 ? $", {Held} deletes held" : "") + (Refused > 0 ? $", {Refused} refused" : "")
                     + (RejectedRows > 0 ? $", {RejectedRows} source rows rejected" : "");
        var line = WhatIf
            ? $"N2fSync run {RunId} ({scopes}), WhatIf: {WouldWrite} write(s) would be sent, {Skipped} skipped{extras}; {Duration.TotalSeconds:0.0} s."
            : $"N2fSync run {RunId} ({scopes}): {Outcome}. {Created} created, {Updated} updated"
              + (SentWhileReading > 0 ? $" ({SentWhileReading} while N2F was read)" : "") + $", {Deleted} deleted, "
              + $"{Failed} failed, {Skipped} skipped, {Unchanged} unchanged{extras} in {Duration.TotalSeconds:0.0} s."
              + (FailedBecause is null ? "" : $" Failed: {FailedBecause}.")
              + (StoppedBecause is null ? "" : $" Stopped: {StoppedBecause}.");
        if (Estimate is not null) line += $" Planned {Estimate}.";
        if (PacingNote is not null) line += $" {PacingNote}";
        var notDone = _scopes.Where(s => s.Status != ScopeStatus.Completed).ToList();
        if (notDone.Count > 0) line += $" Scopes: {string.Join("; ", notDone)}.";
        if (_completeness.Count > 0) line += $" Completeness: {string.Join(", ", _completeness)}.";
        return line;
    }
}
