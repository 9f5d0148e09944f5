using System.Diagnostics;
using System.Globalization;
using N2fSync.Config;
using N2fSync.Emulator;
using N2fSync.Sync.Run;
using N2fSync.Sync;

namespace N2fSync.Benchmarks.EndToEnd;

/// <summary>
/// One full sync (every scope, deletes allowed, no prompt), run as the product runs it: <c>pwsh</c>, a
/// <c>Sync-N2fScope</c> in a child process over the built module (the cmdlet's own run and its bridge to the core
/// included), or <c>core</c>, the core alone in this process (<see cref="ScopeRunner"/>). The quota window is 1 s.
/// </summary>
internal sealed class ProductRun(string via, string? pwsh, string? module)
{
    public string Via => via;

    /// <summary>
    /// Syncs every scope against <paramref name="baseUrl"/> with this quota (one run, as -Scope all); returns the wall
    /// seconds it took and the summary's pacing note (none from a build that has no such note).
    /// </summary>
    public async Task<(double Seconds, string? PacingNote)> SyncAllAsync(Uri baseUrl, string sqlite, string folder, int reads, int writes,
        CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var watch = Stopwatch.StartNew();
        if (via == "core")
        {
            var config = BenchConfig.For(baseUrl, sqlite, Path.Combine(folder, $"store-{Guid.NewGuid():N}.db"), reads, writes);
            using var session = new Session.SyncSession(config);
            var request = new RunRequest { Actions = [ChangeAction.Create, ChangeAction.Update, ChangeAction.Delete], AllowMassDelete = true };
            using var run = session.StartRun(request, new UnattendedHost());
            await run.RunScopesAsync(EfficiencyScenario.ScopeOrder.Select(s => session.Scopes.TryGet(s, out var scope) ? scope
                : throw new InvalidOperationException($"no scope {s}")).ToList(), ct);
            run.Complete();
            return (watch.Elapsed.TotalSeconds, run.Summary.PacingNote);
        }
        var path = Path.Combine(folder, $"n2fsync-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, Yaml(baseUrl, sqlite, Path.Combine(folder, $"store-{Guid.NewGuid():N}.db"), reads, writes));
        var start = new ProcessStartInfo(pwsh ?? throw new InvalidOperationException("--pwsh is needed to run the product in pwsh"))
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var a in new[] { "-NoProfile", "-NonInteractive", "-Command",
                     $"Import-Module '{Quoted(module ?? throw new InvalidOperationException("--module is needed"))}'; "
                     + $"Sync-N2fScope -Scope all -Delete -AllowMassDelete -Confirm:$false -ConfigPath '{Quoted(path)}' "
                     + "-WarningAction SilentlyContinue -ErrorAction SilentlyContinue -ErrorVariable problems -InformationVariable summary | Out-Null; "
                     + "$summary = @($summary | Where-Object Tags -contains 'Summary')[0].MessageData; "
                     + "if (-not $summary -or \"$($summary.Outcome)\" -eq 'Failed') { throw \"the run failed: $summary $($problems | Select-Object -First 3)\" }; "
                     + "'PACING:' + $summary.PacingNote" })
            start.ArgumentList.Add(a);
        start.Environment["N2F_CLIENT_SECRET"] = EmulatorState.DefaultClientSecret;
        using var child = Process.Start(start)!;
        var errors = child.StandardError.ReadToEndAsync(ct);
        var output = await child.StandardOutput.ReadToEndAsync(ct);
        await child.WaitForExitAsync(ct);
        if (child.ExitCode != 0) throw new InvalidOperationException($"pwsh sync failed ({child.ExitCode}): {await errors}");
        var note = output.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("PACING:", StringComparison.Ordinal))?.Substring(7);
        return (watch.Elapsed.TotalSeconds, string.IsNullOrEmpty(note) ? null : note);
    }

    /// <summary>The config the pwsh run reads: the generated source, the emulator, the scaled quota, its own store.</summary>
    private static string Yaml(Uri baseUrl, string sqlite, string store, int reads, int writes)
    {
        var quota = string.Create(CultureInfo.InvariantCulture, $"{{ reads: {reads}, writes: {writes} }}");
        return $"""
            source:
              provider: sqlite
              path: '{Quoted(sqlite)}'
            n2f:
              baseUrl: '{baseUrl}'
              clientId: {EmulatorState.DefaultClientId}
              retryBaseDelaySeconds: 0.05
            store:
              path: '{Quoted(store)}'
            quotas:
              windowSeconds: 1
              day: {quota}
              night: {quota}
            safety:
              maxDeleteCount: 1000000
              maxDeletePercent: 100
            """;
    }

    private static string Quoted(string text) => text.Replace("'", "''");
}
