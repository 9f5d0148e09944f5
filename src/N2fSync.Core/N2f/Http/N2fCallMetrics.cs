using System.Globalization;
using N2fSync.Diagnostics;

namespace N2fSync.N2f.Http;

/// <summary>One exchange with N2F as the client saw it: verb, path (no query secrets exist; no body, no token), status, time.</summary>
public sealed record N2fCall(string Method, string Path, int Status, TimeSpan Duration, DateTimeOffset At);

/// <summary>
/// Every API call of a session by verb and status, with its latency, fed from the one place the client sends
/// requests. Thread-safe: the client sends from pool threads while the cmdlet reads on the pipeline thread.
/// </summary>
public sealed class N2fCallMetrics
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _byVerbAndStatus = new(StringComparer.Ordinal);
    private readonly List<double> _milliseconds = [];

    /// <summary>Called after each recorded call (e.g. the JSON log); runs on the sending thread.</summary>
    public event Action<N2fCall>? Observed;

    public int Count
    {
        get { lock (_gate) return _milliseconds.Count; }
    }

    /// <summary>Status 0 stands for no answer (timeout, dropped connection).</summary>
    internal void Record(N2fCall call)
    {
        lock (_gate)
        {
            // Getting a token is a POST that is not a write (decisions.md §19): counted apart so "POST" means writes.
            var verb = call.Path == "auth" ? "AUTH" : call.Method;
            var key = verb + " " + call.Status.ToString(CultureInfo.InvariantCulture);
            _byVerbAndStatus[key] = _byVerbAndStatus.TryGetValue(key, out var n) ? n + 1 : 1;
            _milliseconds.Add(call.Duration.TotalMilliseconds);
        }
        Observed?.Invoke(call);
    }

    /// <summary>Calls by "VERB status", e.g. "GET 200".</summary>
    public Dictionary<string, int> ByVerbAndStatus()
    {
        lock (_gate) return new Dictionary<string, int>(_byVerbAndStatus, StringComparer.Ordinal);
    }

    public LatencyPercentiles Latency()
    {
        double[] sorted;
        lock (_gate) sorted = [.. _milliseconds];
        Array.Sort(sorted);
        return new LatencyPercentiles
        {
            Calls = sorted.Length,
            P50 = Percentile(sorted, 50),
            P95 = Percentile(sorted, 95),
            P99 = Percentile(sorted, 99),
            Max = sorted.Length == 0 ? 0 : sorted[sorted.Length - 1],
        };
    }

    /// <summary>Nearest rank: the smallest value with at least p % of the values at or below it (0 for no values).</summary>
    internal static double Percentile(double[] sorted, double percent)
    {
        if (sorted.Length == 0) return 0;
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Min(sorted.Length, Math.Max(1, rank)) - 1];
    }
}
