using N2fSync.Benchmarks.Data;
using N2fSync.Emulator;

namespace N2fSync.Benchmarks.EndToEnd;

/// <summary>
/// How close a whole sync gets to the floor of the write quota, each against the emulator with the quota
/// minute scaled to 1 s and the client configured alike: by night (50 writes a window), with 3 % of answers lost
/// (the write applied, the connection dropped), and without any quota (how many writes a second the client can send
/// at all: below the night quota's 50 a second, no quota scale can reach its floor).
/// </summary>
internal static class PaceScenarios
{
    private const int NightReads = 200, NightWrites = 50, StricterWrites = 30, DayReads = 60, DayWrites = 10;
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

    /// <summary>
    /// By night, N2F allowing fewer writes than the configured table (30 a window where the configuration says 50), as
    /// happens when N2F's own clock or quota is stricter: the 429s provoked, and the pace against N2F's real floor.
    /// </summary>
    public static async Task<PaceResult> StricterN2fAsync(ProductRun run, DataSet set, string folder, CancellationToken ct) =>
        await SyncAsync("stricter N2F", run, set, folder, new EmulatorOptions
        {
            Quota = new QuotaOptions { ReadsPerWindow = NightReads, WritesPerWindow = StricterWrites, Window = Window },
        }, NightReads, StricterWrites, secondRun: false, ct, clientWrites: NightWrites);

    /// <summary>
    /// A large tenant with few changes by day: 100 000 users, 0.2 % of them changed (200 updates), 60 reads
    /// and 10 writes a window. Reading takes 7 windows and writing 19: sent while later pages are read, the updates
    /// make the run take the longer of the two, not their sum.
    /// </summary>
    public static async Task<PaceResult> LargeTenantAsync(ProductRun run, int users, string folder, CancellationToken ct)
    {
        var set = DataSet.Generate(new DataSetSpec(users, 0, MissingPercent: 0, ChangedPercent: 0.2, ExtraPercent: 0));
        return await SyncAsync("large tenant, few changes", run, set, folder, new EmulatorOptions
        {
            Quota = new QuotaOptions { ReadsPerWindow = DayReads, WritesPerWindow = DayWrites, Window = Window },
        }, DayReads, DayWrites, secondRun: false, ct);
    }

    private static async Task<PaceResult> SyncAsync(string scenario, ProductRun run, DataSet set, string folder, EmulatorOptions options,
        int reads, int writes, bool secondRun, CancellationToken ct, int? clientWrites = null)
    {
        var sqlite = Path.Combine(folder, $"pace-{Guid.NewGuid():N}.db");
        AgressoSqliteFile.Write(set, sqlite);
        await using var n2f = await N2fEmulator.StartAsync(options, ct);
        set.Seed(n2f.State);
        var (seconds, pacingNote) = await run.SyncAllAsync(n2f.BaseUrl, sqlite, folder, reads, clientWrites ?? writes, ct);
        var calls = n2f.Requests.Entries.Where(r => !r.IsAuth).OrderBy(r => r.At).ToList();
        // The server's log of the run, for whoever wants to see where the time went.
        File.WriteAllLines(Path.Combine(folder, $"pace-{scenario.Replace(' ', '-').Replace(",", "")}-{run.Via}.csv"),
            calls.Select(r => FormattableString.Invariant($"{r.At:HH:mm:ss.fff},{r.Method},{r.Path},{r.Query},{r.Status},{r.DurationMs:0.0}")));
        var log = calls.Where(r => r.IsWrite).ToList();
        var needed = set.Needed.Values.Sum(n => n.Total);
        // An axis scope with no source rows reads nothing; the axes are looked up once, for plates (as EfficiencyScenario).
        var readsNeeded = ReadMinimum.Users(set) + (set.AxisRows.Count == 0 ? 0
            : EfficiencyScenario.ScopeOrder.Skip(1).Sum(scope => ReadMinimum.Axis(set, scope, scope == "plates")));
        var second = 0;
        if (secondRun)
        {
            options.Faults.LostResponseRate = 0;
            n2f.Requests.Clear();
            await run.SyncAllAsync(n2f.BaseUrl, sqlite, folder, reads, clientWrites ?? writes, ct);
            second = n2f.Requests.Writes;
        }
        // A lost answer is applied before its connection drops; a delete sent again finds nothing (404): not applied.
        var span = log.Count < 2 ? 0 : (log[^1].At - log[0].At).TotalSeconds;
        return new PaceResult(scenario, run.Via, writes, needed, log.Count, log.Count(r => r.Applied),
            log.Count(r => r.LostAnswerStatus is not null), calls.Count(r => r.Status == 429), span,
            PaceResult.Floor(needed, writes, Window.TotalSeconds), seconds, second)
        {
            ReadsNeeded = readsNeeded, ReadsSent = calls.Count(r => !r.IsWrite), ReadsPerWindow = reads,
            ReadFloorSeconds = PaceResult.Floor(readsNeeded, reads, Window.TotalSeconds),
            N2fSpanSeconds = log.Count == 0 ? 0 : (log[^1].At - calls[0].At).TotalSeconds,
            PacingNote = pacingNote,
        };
    }
}
