using N2fSync.Benchmarks.Data;
using N2fSync.Emulator;

namespace N2fSync.Benchmarks.EndToEnd;

/// <summary>
/// How close a whole sync gets to the floor of the write quota (issue 17), each against the emulator with the quota
/// minute scaled to 1 s and the client configured alike: by night (50 writes a window), with 3 % of answers lost
/// (the write applied, the connection dropped), and without any quota (how many writes a second the client can send
/// at all: below the night quota's 50 a second, no quota scale can reach its floor).
/// </summary>
internal static class PaceScenarios
{
    private const int NightReads = 200, NightWrites = 50;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    /// <summary>The night quota on a drifted data set: every scope synced, deletes allowed.</summary>
    public static async Task<PaceResult> NightAsync(ProductRun run, DataSet set, string folder, CancellationToken ct) =>
        await SyncAsync("night", run, set, folder, new EmulatorOptions
        {
            Quota = new QuotaOptions { ReadsPerWindow = NightReads, WritesPerWindow = NightWrites, Window = Window },
        }, NightReads, NightWrites, secondRun: false, ct);

    /// <summary>The same by night with 3 % of answers lost; a second run then shows whether the first converged.</summary>
    public static async Task<PaceResult> LostAnswersAsync(ProductRun run, DataSet set, string folder, CancellationToken ct)
    {
        var options = new EmulatorOptions
        {
            Quota = new QuotaOptions { ReadsPerWindow = NightReads, WritesPerWindow = NightWrites, Window = Window },
        };
        options.Faults.LostResponseRate = 0.03;
        options.Faults.Seed = 4711;
        return await SyncAsync("lost answers", run, set, folder, options, NightReads, NightWrites, secondRun: true, ct);
    }

    /// <summary>A backlog of user creates and no quota anywhere: the client's own ceiling, in writes a second.</summary>
    public static async Task<PaceResult> UnthrottledAsync(ProductRun run, int creates, string folder, CancellationToken ct)
    {
        var set = DataSet.Generate(new DataSetSpec(creates, 0, MissingPercent: 100, ChangedPercent: 0, ExtraPercent: 0));
        var result = await SyncAsync("unthrottled", run, set, folder, new EmulatorOptions(), 1_000_000, 1_000_000, secondRun: false, ct);
        // No quota, no floor: the figure is writes a second, shown against the night quota's 50 a second.
        return result with { WritesPerWindow = NightWrites, FloorSeconds = PaceResult.Floor(result.WritesSent, NightWrites, Window.TotalSeconds) };
    }

    private static async Task<PaceResult> SyncAsync(string scenario, ProductRun run, DataSet set, string folder, EmulatorOptions options,
        int reads, int writes, bool secondRun, CancellationToken ct)
    {
        var sqlite = Path.Combine(folder, $"pace-{Guid.NewGuid():N}.db");
        AgressoSqliteFile.Write(set, sqlite);
        await using var n2f = await N2fEmulator.StartAsync(options, ct);
        set.Seed(n2f.State);
        var seconds = await run.SyncAllAsync(n2f.BaseUrl, sqlite, folder, reads, writes, ct);
        var log = n2f.Requests.Entries.Where(r => r.IsWrite).OrderBy(r => r.At).ToList();
        var needed = set.Needed.Values.Sum(n => n.Total);
        var second = 0;
        if (secondRun)
        {
            options.Faults.LostResponseRate = 0;
            n2f.Requests.Clear();
            await run.SyncAllAsync(n2f.BaseUrl, sqlite, folder, reads, writes, ct);
            second = n2f.Requests.Writes;
        }
        // A lost answer is aborted after the write was applied (status 0); a delete sent again finds nothing (404).
        var applied = log.Count(r => r.Status is 0 or (>= 200 and < 300));
        var span = log.Count < 2 ? 0 : (log[^1].At - log[0].At).TotalSeconds;
        return new PaceResult(scenario, run.Via, writes, needed, log.Count, applied, log.Count(r => r.Status == 0),
            log.Count(r => r.Status == 429), span, PaceResult.Floor(needed, writes, Window.TotalSeconds),
            seconds, second);
    }
}
