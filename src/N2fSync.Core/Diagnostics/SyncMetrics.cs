using System.Globalization;

namespace N2fSync.Diagnostics;

/// <summary>
/// What a run cost and how it went, kept with the run (Get-N2fSyncRun -Id X | Select-Object -ExpandProperty Metrics)
/// and exported as JSON: counts per action and outcome, API calls by verb and status, latency percentiles, cache use,
/// throughput and memory.
/// </summary>
public sealed class SyncMetrics
{
    public double DurationSeconds { get; set; }

    /// <summary>Scopes run and the seconds each took (reading the source, planning, applying).</summary>
    public Dictionary<string, double> ScopeSeconds { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Source rows read (whole-scope runs) or changes received (pipeline runs).</summary>
    public int Rows { get; set; }

    public double RowsPerSecond { get; set; }

    /// <summary>Changes per action and outcome, keyed "Action/Outcome": <c>Update/Updated: 12, Update/Failed: 1</c>.</summary>
    public Dictionary<string, int> Changes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Writes sent that N2F acknowledged, ÷ writes sent; null when nothing was sent.</summary>
    public double? WriteSuccessRate { get; set; }

    /// <summary>API calls (every attempt) by "VERB status", e.g. "GET 200", "POST 400"; getting a token counts as "AUTH 200"; status 0 is no answer.</summary>
    public Dictionary<string, int> ApiCalls { get; set; } = new(StringComparer.Ordinal);

    public int ApiCallCount { get; set; }
    public int Retries { get; set; }

    /// <summary>429 answers received (the quota gate aims for none).</summary>
    public int Throttled { get; set; }

    public LatencyPercentiles Latency { get; set; } = new();

    /// <summary>Lists answered from the cache, and lists read from N2F.</summary>
    public int CacheHits { get; set; }
    public int CacheMisses { get; set; }

    /// <summary>Hits ÷ (hits + misses); null when nothing was read.</summary>
    public double? CacheHitRate { get; set; }

    /// <summary>How the run paced itself after N2F answered 429, in words; null when it never did (kept in the run's history).</summary>
    public string? PacingNote { get; set; }

    /// <summary>Peak working set of the whole process, in megabytes.</summary>
    public double PeakWorkingSetMegabytes { get; set; }

    /// <summary>One line for a run's list view: "50 API calls (0 retries, 0 throttled), p95 8 ms, 65 rows in 0.3 s, cache 3 of 4 lists".</summary>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture,
        "{0} API calls ({1} retries, {2} throttled), p95 {3:0} ms, {4} rows in {5:0.#} s, cache {6} of {7} lists",
        ApiCallCount, Retries, Throttled, Latency.P95, Rows, DurationSeconds, CacheHits, CacheHits + CacheMisses);
}

/// <summary>API call latency in milliseconds (nearest-rank percentiles over every call of the run).</summary>
public sealed class LatencyPercentiles
{
    public int Calls { get; set; }
    public double P50 { get; set; }
    public double P95 { get; set; }
    public double P99 { get; set; }
    public double Max { get; set; }

    public override string ToString() => Calls == 0 ? "no calls" : $"p50 {P50:0} ms, p95 {P95:0} ms, p99 {P99:0} ms, max {Max:0} ms ({Calls} calls)";
}
