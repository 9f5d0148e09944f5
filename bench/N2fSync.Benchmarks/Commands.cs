using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using N2fSync.Benchmarks.Data;
using N2fSync.Benchmarks.EndToEnd;
using N2fSync.Emulator;

namespace N2fSync.Benchmarks;

/// <summary>The harness's commands: generate, e2e (spawns local per size), local, micro.</summary>
internal static class Commands
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static async Task<int> RunAsync(string[] args, Func<string[], int> micro)
    {
        var rest = args.Length > 0 ? args[1..] : [];
        switch (args.FirstOrDefault())
        {
            case "generate": return Generate(rest);
            case "e2e": return await EndToEndAsync(rest);
            case "local": return await LocalAsync(rest);
            case "micro": return micro(rest);
            case "pace": return await PaceAsync(rest);
            case "profile": return Profile(rest);
            default:
                Console.Error.WriteLine("""
                    usage: N2fSync.Benchmarks generate --users N [--axis-values N] [--missing %] [--changed %] [--extra %] --out DIR
                           N2fSync.Benchmarks e2e [--sizes 1000,10000,100000] [--axis-values 10000] [--quota 10,50,10@50] [--windows 30] [--local-only] [--efficiency-up-to N] --work DIR --out FILE
                           N2fSync.Benchmarks local --url BASEURL --db FILE --work DIR      (one size, in its own process)
                           N2fSync.Benchmarks profile [--users 100000 | --db FILE] [--repeat 20]    (plans in a loop, for a profiler)
                           N2fSync.Benchmarks micro [--quick] [--artifacts DIR] [BenchmarkDotNet arguments, e.g. --filter *]
                           N2fSync.Benchmarks pace [--via pwsh,core] [--pwsh PATH --module PSD1] [--users 1000] [--axis-values 400] [--creates 1000]
                                                   [--tenant-users 100000] [--scenarios night,lost,unthrottled,stricter,tenant] --work DIR --out FILE
                    """);
                return 2;
        }
    }

    /// <summary>Writes agresso.db (both views) and n2f-state.json (for the emulator's --state) and prints the writes needed.</summary>
    private static int Generate(string[] args)
    {
        var spec = Spec(args, Int(args, "--users", 1_000));
        var folder = Directory.CreateDirectory(Option(args, "--out") ?? "bench-data").FullName;
        var set = DataSet.Generate(spec);
        AgressoSqliteFile.Write(set, Path.Combine(folder, "agresso.db"));
        var state = new EmulatorState();
        set.Seed(state);
        File.WriteAllText(Path.Combine(folder, "n2f-state.json"), state.ToJson());
        File.WriteAllText(Path.Combine(folder, "needed.json"), JsonSerializer.Serialize(set.Needed, Json));
        Console.WriteLine($"{spec} -> {folder}");
        Console.WriteLine(JsonSerializer.Serialize(set.Needed, Json));
        return 0;
    }

    private static async Task<int> EndToEndAsync(string[] args)
    {
        var total = Stopwatch.StartNew();
        var work = Directory.CreateDirectory(Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "n2fsync-bench")).FullName;
        var output = Option(args, "--out") ?? Path.Combine(work, "e2e.json");
        var sizes = Ints(args, "--sizes", [1_000, 10_000, 100_000]);
        var axisValues = Int(args, "--axis-values", 10_000);
        // "10" is 10 writes per window; "10@50" adds 50 ms of server latency to every answer.
        var quotas = (Option(args, "--quota") ?? "10").Split(',').Select(q => q.Split('@'))
            .Select(p => (Writes: int.Parse(p[0], CultureInfo.InvariantCulture), DelayMs: p.Length > 1 ? int.Parse(p[1], CultureInfo.InvariantCulture) : 0))
            .ToArray();
        var windows = Int(args, "--windows", 30);

        var perSize = new List<object>();
        foreach (var size in sizes)
        {
            Console.WriteLine($"size {size}: generating...");
            var set = DataSet.Generate(Spec(args, size) with { AxisValues = axisValues });
            var sqlite = Path.Combine(work, $"agresso-{size}.db");
            AgressoSqliteFile.Write(set, sqlite);
            await using var n2f = await N2fEmulator.StartAsync(new EmulatorOptions { DateStyle = DateStyle.ParisOffset });
            set.Seed(n2f.State);
            Console.WriteLine($"size {size}: local read+diff+plan in a child process...");
            var local = await ChildLocalAsync(n2f.BaseUrl, sqlite, work);
            Console.WriteLine($"  {JsonSerializer.Serialize(local)}");
            // Applying the drift of 100 000 users takes a while against the emulator; a quick run skips it there.
            if (args.Contains("--local-only") || size > Int(args, "--efficiency-up-to", int.MaxValue))
            {
                perSize.Add(new { Size = size, Spec = set.Spec, Needed = set.Needed, Local = local });
                continue;
            }
            Console.WriteLine($"size {size}: API efficiency (every scope, applied)...");
            var efficiency = await EfficiencyScenario.RunAsync(set, n2f, sqlite, work, default);
            Console.WriteLine($"  writes {efficiency.WritesIssued}/{efficiency.WritesNeeded}, reads {efficiency.ReadsIssued}/{efficiency.ReadsMinimum}, {efficiency.Seconds:0.0} s");
            perSize.Add(new { Size = size, Spec = set.Spec, Needed = set.Needed, Local = local, Efficiency = efficiency });
        }

        var quota = new List<QuotaResult>();
        foreach (var (q, delay) in quotas)
        {
            Console.WriteLine($"quota {q} writes per 1 s window, {windows} windows, {delay} ms server latency...");
            var result = await QuotaScenario.RunAsync(q, windows, TimeSpan.FromMilliseconds(delay), work, default);
            Console.WriteLine($"  utilisation {result.Utilisation:0.000}, max in any window {result.MaxInAnyWindow}, 429s {result.Status429}");
            quota.Add(result);
        }
        File.WriteAllText(output, JsonSerializer.Serialize(new { Sizes = perSize, Quota = quota, Seconds = total.Elapsed.TotalSeconds }, Json));
        Console.WriteLine($"e2e done in {total.Elapsed.TotalSeconds:0} s -> {output}");
        return 0;
    }

    /// <summary>
    /// Night, lost answers, unthrottled, stricter N2F and a large tenant with few changes for each way of
    /// running the product asked: by default a drift of 15 % missing, 10 % changed and 5 % extra on 1 000 users and 400
    /// axis values (420 writes); the large tenant has its own data (100 000 users, 200 updates).
    /// </summary>
    private static async Task<int> PaceAsync(string[] args)
    {
        var work = Directory.CreateDirectory(Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "n2fsync-pace")).FullName;
        var output = Option(args, "--out") ?? Path.Combine(work, "pace.json");
        var set = DataSet.Generate(new DataSetSpec(Int(args, "--users", 1_000), Int(args, "--axis-values", 400),
            Double(args, "--missing", 15), Double(args, "--changed", 10), Double(args, "--extra", 5)));
        var results = new List<PaceResult>();
        foreach (var via in (Option(args, "--via") ?? "pwsh").Split(','))
        {
            var run = new ProductRun(via, Option(args, "--pwsh"), Option(args, "--module"));
            var scenarios = (Option(args, "--scenarios") ?? "night,lost,unthrottled,stricter,tenant").Split(',');
            Console.WriteLine($"pace via {via}: {string.Join(", ", scenarios)} ({set.Spec})...");
            var before = results.Count;
            if (scenarios.Contains("night")) results.Add(await PaceScenarios.NightAsync(run, set, work, default));
            if (scenarios.Contains("lost")) results.Add(await PaceScenarios.LostAnswersAsync(run, set, work, default));
            if (scenarios.Contains("unthrottled")) results.Add(await PaceScenarios.UnthrottledAsync(run, Int(args, "--creates", 1_000), work, default));
            if (scenarios.Contains("stricter")) results.Add(await PaceScenarios.StricterN2fAsync(run, set, work, default));
            if (scenarios.Contains("tenant")) results.Add(await PaceScenarios.LargeTenantAsync(run, Int(args, "--tenant-users", 100_000), work, default));
            foreach (var r in results.Skip(before))
                Console.WriteLine($"  {r.Scenario}: {r.WritesSent} writes ({r.WritesNeeded} needed, {r.WritesApplied} applied, {r.Status429} x 429) "
                    + $"in {r.SpanSeconds:0.0} s for a {r.FloorSeconds:0.0} s floor: ratio {r.Ratio:0.00}; {r.WritesPerSecond:0.0} writes/s; "
                    + $"reads {r.ReadsSent}/{r.ReadsNeeded}, N2F span {r.N2fSpanSeconds:0.0} s over the larger floor {r.SpanOverLargerFloor:0.00}"
                    + (r.PacingNote is null ? "" : $"; {r.PacingNote}"));
        }
        File.WriteAllText(output, JsonSerializer.Serialize(new { Spec = set.Spec.ToString(), Results = results }, Json));
        return 0;
    }

    /// <summary>Normalizes and plans the users scope in a loop, to attach a profiler (dotnet-trace) to the hot path.</summary>
    private static int Profile(string[] args)
    {
        var users = Int(args, "--users", 100_000);
        if (Option(args, "--db") is { } db)
        {
            // The source read alone: SQLite rows to normalized users, as ReadSource streams them.
            var config = BenchConfig.For(new Uri("http://127.0.0.1:9/"), db, Path.Combine(Path.GetTempPath(), "unused-store.db"), 1, 1);
            using var session = new Session.SyncSession(config);
            session.Scopes.TryGet("users", out var scope);
            for (var i = 0; i < Int(args, "--repeat", 20); i++)
            {
                var watch = Stopwatch.StartNew();
                var count = session.ReadSource(scope, default).Count();
                Console.WriteLine($"read {count} source rows in {watch.Elapsed.TotalSeconds:0.000} s");
            }
            return 0;
        }
        var side = Micro.MicroData.Side(users);
        for (var i = 0; i < Int(args, "--repeat", 20); i++)
        {
            var watch = Stopwatch.StartNew();
            var source = Micro.MicroData.SourceUsers(users);
            var normalized = watch.Elapsed.TotalSeconds;
            var plan = new Sync.Users.UsersPlanner(side.Config, side.Directory).Plan(source, side.Users, new Sync.PlanOptions());
            Console.WriteLine($"normalize {normalized:0.000} s, plan {watch.Elapsed.TotalSeconds - normalized:0.000} s, {plan.Changes.Count} changes");
        }
        return 0;
    }

    private static async Task<int> LocalAsync(string[] args)
    {
        var result = await LocalScenario.RunAsync(new Uri(Option(args, "--url")!), Option(args, "--db")!,
            Directory.CreateDirectory(Option(args, "--work") ?? Path.GetTempPath()).FullName, default);
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>Runs <c>local</c> in a fresh process of this program so that the peak memory is this size's alone.</summary>
    private static async Task<LocalResult> ChildLocalAsync(Uri baseUrl, string sqlite, string work)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { typeof(Commands).Assembly.Location, "local", "--url", baseUrl.ToString(), "--db", sqlite, "--work", work })
            start.ArgumentList.Add(a);
        using var child = Process.Start(start)!;
        var text = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        if (child.ExitCode != 0) throw new InvalidOperationException($"local run failed ({child.ExitCode}): {text}");
        return JsonSerializer.Deserialize<LocalResult>(text.Trim().Split('\n')[^1])!;
    }

    private static DataSetSpec Spec(string[] args, int users) => new(users, Int(args, "--axis-values", 10_000),
        Double(args, "--missing", 1), Double(args, "--changed", 2), Double(args, "--extra", 0.5));

    public static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>The arguments without the harness's own options (and their values), for BenchmarkDotNet.</summary>
    public static string[] Without(string[] args, string flag, string option)
    {
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == flag) continue;
            if (args[i] == option) { i++; continue; }
            rest.Add(args[i]);
        }
        return [.. rest];
    }

    private static int Int(string[] args, string name, int fallback) =>
        Option(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    private static double Double(string[] args, string name, double fallback) =>
        Option(args, name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    private static int[] Ints(string[] args, string name, int[] fallback) =>
        Option(args, name) is { } v ? v.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() : fallback;
}
