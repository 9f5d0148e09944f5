using System.Diagnostics;
using System.Globalization;
using N2fSync.Config;
using N2fSync.Emulator;

namespace N2fSync.Benchmarks.EndToEnd;

/// <summary>
/// One full sync (every scope, deletes allowed, no prompt), run as the product runs it: <c>pwsh</c>, a
/// <c>Sync-N2fScope</c> in a child process over the built module (the cmdlet's own run and its bridge to the core
/// included), or <c>core</c>, the core alone in this process (<see cref="ScopeRunner"/>). The quota window is 1 s.
/// </summary>
internal sealed class ProductRun(string via, string? pwsh, string? module)
{
    public string Via => via;

    /// <summary>Syncs every scope against <paramref name="baseUrl"/> with this quota; returns the wall seconds it took.</summary>
    public async Task<double> SyncAllAsync(Uri baseUrl, string sqlite, string folder, int reads, int writes, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var watch = Stopwatch.StartNew();
        if (via == "core")
        {
            var config = BenchConfig.For(baseUrl, sqlite, Path.Combine(folder, $"store-{Guid.NewGuid():N}.db"), reads, writes);
            using var session = new Session.SyncSession(config);
            foreach (var scope in EfficiencyScenario.ScopeOrder)
                await ScopeRunner.SyncAsync(session, scope, apply: true, ct);
            return watch.Elapsed.TotalSeconds;
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
                     + "-WarningAction SilentlyContinue -ErrorAction SilentlyContinue | Out-Null" })
            start.ArgumentList.Add(a);
        start.Environment["N2F_CLIENT_SECRET"] = EmulatorState.DefaultClientSecret;
        using var child = Process.Start(start)!;
        var errors = child.StandardError.ReadToEndAsync(ct);
        await child.StandardOutput.ReadToEndAsync(ct);
        await child.WaitForExitAsync(ct);
        if (child.ExitCode != 0) throw new InvalidOperationException($"pwsh sync failed ({child.ExitCode}): {await errors}");
        return watch.Elapsed.TotalSeconds;
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
