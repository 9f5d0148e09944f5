namespace N2fSync.Sync.Apply;

/// <summary>Counts of one run, written to the information stream at the end and kept for history.</summary>
public sealed class SyncSummary
{
    private readonly List<ScopeCompleteness> _completeness = [];

    public string RunId { get; init; } = "";
    public IReadOnlyList<string> Scopes { get; set; } = [];
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; private set; }
    public bool WhatIf { get; init; }
    public int Created { get; private set; }
    public int Updated { get; private set; }
    public int Deleted { get; private set; }
    public int Unchanged { get; private set; }
    public int Skipped { get; private set; }
    public int Failed { get; private set; }
    public int Held { get; private set; }

    /// <summary>Why the run stopped early (failure ceiling, cancellation), if it did.</summary>
    public string? StoppedBecause { get; set; }
    public int WouldWrite { get; private set; }

    /// <summary>Calls sent to N2F in this run (retries included), retries, and 429 answers received.</summary>
    public int ApiReads { get; set; }
    public int ApiWrites { get; set; }
    public int Retries { get; set; }
    public int Throttled { get; set; }

    /// <summary>Data-quality issues found in the source rows of this run (blocking or not).</summary>
    public int DataIssues { get; set; }

    /// <summary>Valid rows ÷ rows per scope whose source this run read itself.</summary>
    public IReadOnlyList<ScopeCompleteness> Completeness => _completeness;

    /// <summary>API calls, latency, cache use, throughput and memory of the run, once it ended.</summary>
    public Diagnostics.SyncMetrics? Metrics { get; set; }

    public TimeSpan Duration => (EndedAt ?? StartedAt) - StartedAt;

    /// <summary>True when every change went through; a scheduled job exits non-zero otherwise.</summary>
    public bool Succeeded => Failed == 0 && Held == 0 && StoppedBecause is null;

    /// <summary>Success, PartialFailure (some rows failed or deletes were held) or Stopped.</summary>
    public string Outcome => StoppedBecause is not null ? "Stopped" : Succeeded ? "Success" : "PartialFailure";

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
            default: Failed++; break;
        }
    }

    /// <summary>A change -WhatIf did not send.</summary>
    public void AddWhatIf() => WouldWrite++;

    public void AddSkipped() => Skipped++;

    public void AddCompleteness(ScopeCompleteness completeness) => _completeness.Add(completeness);

    public void Complete(DateTimeOffset at) => EndedAt = at;

    public override string ToString() => WhatIf
        ? $"N2fSync run {RunId} ({string.Join(", ", Scopes)}), WhatIf: {WouldWrite} write(s) would be sent, {Skipped} skipped; {Duration.TotalSeconds:0.0} s."
        : $"N2fSync run {RunId} ({string.Join(", ", Scopes)}): {Created} created, {Updated} updated, {Deleted} deleted, "
          + $"{Failed} failed, {Skipped} skipped, {Unchanged} unchanged{(Held > 0 ? $", {Held} deletes held" : "")} "
          + $"in {Duration.TotalSeconds:0.0} s{(StoppedBecause is null ? "" : $"; stopped: {StoppedBecause}")}."
          + (_completeness.Count == 0 ? "" : $" Completeness: {string.Join(", ", _completeness)}.");
}
