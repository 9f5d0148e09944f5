using System.Diagnostics;
using N2fSync.Benchmarks.Data;
using N2fSync.Emulator;

namespace N2fSync.Benchmarks.EndToEnd;

/// <summary>
/// Quota utilisation under a backlog (decisions.md §21): the emulator enforces a sliding window scaled to seconds, the
/// client is configured with the same quota, and a users source none of whose rows N2F has yet gives more creates
/// than the windows measured can take. Utilisation is measured on the server's stamps t[0..N-1] of the N writes with
/// quota Q per window W: the writes from t[0] to t[N-Q] are N-Q, and a sliding window allows at most (t[N-Q]-t[0])/W × Q
/// of them, so utilisation = (N-Q)/Q × W/(t[N-Q]-t[0]): 1.00 for a client that waits not a moment longer than the
/// quota demands, never above 1 unless the quota was exceeded.
/// </summary>
internal static class QuotaScenario
{
    public static async Task<QuotaResult> RunAsync(int writesPerWindow, int windows, TimeSpan responseDelay, string folder,
        CancellationToken ct)
    {
        var window = TimeSpan.FromSeconds(1);
        // Two windows more than measured, so the client is never short of work inside them.
        var backlog = writesPerWindow * (windows + 2);
        var set = DataSet.Generate(new DataSetSpec(backlog, 0, MissingPercent: 100, ChangedPercent: 0, ExtraPercent: 0));
        var sqlite = Path.Combine(folder, $"quota-{writesPerWindow}.db");
        AgressoSqliteFile.Write(set, sqlite);

        var reads = writesPerWindow * 6;
        await using var n2f = await N2fEmulator.StartAsync(new EmulatorOptions
        {
            Quota = new QuotaOptions { ReadsPerWindow = reads, WritesPerWindow = writesPerWindow, Window = window },
            ResponseDelay = responseDelay,
        }, ct);
        set.Seed(n2f.State);
        var config = BenchConfig.For(n2f.BaseUrl, sqlite, Path.Combine(folder, $"store-quota-{Guid.NewGuid():N}.db"), reads, writesPerWindow);
        var watch = Stopwatch.StartNew();
        using (var session = new Session.SyncSession(config))
            await ScopeRunner.SyncAsync(session, "users", apply: true, ct);
        watch.Stop();

        var writes = n2f.Requests.Entries.Where(r => r.IsWrite).Select(r => r.At).OrderBy(t => t).ToList();
        var span = writes[^writesPerWindow] - writes[0];
        return new QuotaResult(writesPerWindow, window.TotalSeconds, responseDelay.TotalMilliseconds, backlog, writes.Count,
            span / window, MaxInAnyWindow(writes, window), n2f.Requests.Status429Count, watch.Elapsed.TotalSeconds);
    }

    /// <summary>The most writes the server saw in any span of one window: never above the quota.</summary>
    private static int MaxInAnyWindow(List<DateTimeOffset> sorted, TimeSpan window)
    {
        var max = 0;
        for (int start = 0, end = 0; end < sorted.Count; end++)
        {
            while (sorted[end] - sorted[start] >= window) start++;
            max = Math.Max(max, end - start + 1);
        }
        return max;
    }
}
