using System.Diagnostics;
using N2fSync.Diagnostics;
using N2fSync.N2f.Cache;
using N2fSync.N2f.Http;

namespace N2fSync.Sync.Apply;

/// <summary>Collects a run's own counts (changes per action and outcome, rows, time per scope) and assembles <see cref="SyncMetrics"/> at the end.</summary>
internal sealed class RunMetrics
{
    private readonly Dictionary<string, int> _changes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _scopeSeconds = new(StringComparer.OrdinalIgnoreCase);
    private int _rows, _sent, _acknowledged;

    public void Count(SyncResult result)
    {
        var key = result.Action + "/" + result.Outcome;
        _changes[key] = _changes.TryGetValue(key, out var n) ? n + 1 : 1;
        if (!result.Sent) return;
        _sent++;
        if (result.Outcome is SyncOutcome.Created or SyncOutcome.Updated or SyncOutcome.Deleted) _acknowledged++;
    }

    public void AddRows(int rows) => _rows += rows;

    /// <summary>Times a scope from now until the returned handle is disposed.</summary>
    public IDisposable Time(string scope) => new ScopeTimer(this, scope);

    public SyncMetrics Build(TimeSpan duration, N2fClient? client, CachedN2fListSource? cache)
    {
        var seconds = Math.Max(duration.TotalSeconds, 0.001);
        int hits = cache?.Hits ?? 0, misses = cache?.Misses ?? 0;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new SyncMetrics
        {
            DurationSeconds = Math.Round(duration.TotalSeconds, 3),
            ScopeSeconds = _scopeSeconds.ToDictionary(p => p.Key, p => Math.Round(p.Value, 3), StringComparer.OrdinalIgnoreCase),
            Rows = _rows,
            RowsPerSecond = Math.Round(_rows / seconds, 2),
            Changes = new Dictionary<string, int>(_changes, StringComparer.Ordinal),
            WriteSuccessRate = _sent == 0 ? null : Math.Round((double)_acknowledged / _sent, 4),
            ApiCalls = client?.Metrics.ByVerbAndStatus() ?? [],
            ApiCallCount = client?.Metrics.Count ?? 0,
            Retries = client?.Stats.Retries ?? 0,
            Throttled = client?.Stats.Throttled ?? 0,
            Latency = client?.Metrics.Latency() ?? new LatencyPercentiles(),
            CacheHits = hits,
            CacheMisses = misses,
            CacheHitRate = hits + misses == 0 ? null : Math.Round((double)hits / (hits + misses), 4),
            PeakWorkingSetMegabytes = Math.Round(process.PeakWorkingSet64 / (1024.0 * 1024.0), 1),
        };
    }

    private sealed class ScopeTimer(RunMetrics owner, string scope) : IDisposable
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();

        public void Dispose() =>
            owner._scopeSeconds[scope] = (owner._scopeSeconds.TryGetValue(scope, out var s) ? s : 0) + _watch.Elapsed.TotalSeconds;
    }
}
