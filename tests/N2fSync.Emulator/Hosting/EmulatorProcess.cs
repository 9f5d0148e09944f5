

namespace N2fSync.Emulator;

/// <summary>Runs the emulator as a standalone process until it is told to stop.</summary>
internal static class EmulatorProcess
{
    private static readonly TimeSpan StdinGrace = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(EmulatorCommandLine args, TextWriter stdout, TextWriter stderr)
    {
        var (signalled, registration) = ShutdownSignals.OnTermination();
        using var _ = registration;
        using var stopWatching = new CancellationTokenSource();

        await using var emulator = await N2fEmulator.StartAsync(new EmulatorOptions { Port = args.Port });
        try
        {
            if (args.StateFile is { } stateFile)
            {
                emulator.State.LoadJson(await File.ReadAllTextAsync(stateFile));
            }

            if (args.SeedReference)
            {
                emulator.State.SeedReference();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or System.Text.Json.JsonException)
        {
            await stderr.WriteLineAsync($"N2F emulator: cannot load state: {e.Message}");
            return 2;
        }

        // The URL file appears only once the state is loaded, so a parent waiting for it finds a ready server.
        if (args.UrlFile is { } urlFile)
        {
            WriteAtomically(urlFile, emulator.BaseUrl.ToString());
        }

        await stdout.WriteLineAsync($"N2F emulator listening on {emulator.BaseUrl}");
        await stdout.FlushAsync();

        var parentExited = args.ParentPid is { } pid ? ShutdownSignals.ParentExited(pid, stopWatching.Token) : Task.Delay(Timeout.Infinite, stopWatching.Token);
        var stopped = await Task.WhenAny(signalled, ShutdownSignals.StdinClosed(StdinGrace), parentExited);
        await stopWatching.CancelAsync();
        var reason = stopped == signalled ? "signal" : stopped == parentExited ? "parent process gone" : "stdin closed";
        await stdout.WriteLineAsync($"N2F emulator stopping ({reason})");
        return 0;
    }

    // Temp file then rename: a reader polling for the file never sees it half written.
    private static void WriteAtomically(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var temp = full + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, full, overwrite: true);
    }
}
