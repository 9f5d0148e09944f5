using System.Diagnostics;
using System.Runtime.InteropServices;

namespace N2fSync.Emulator;

/// <summary>
/// The ways a standalone emulator is told to stop: SIGTERM or Ctrl+C, its stdin closing, or its parent process
/// going away. The last two keep a test run that dies from leaving an emulator behind.
/// </summary>
internal static class ShutdownSignals
{
    /// <summary>Completes on SIGINT or SIGTERM; dispose the result to unregister.</summary>
    public static (Task Signalled, IDisposable Registration) OnTermination()
    {
        var signalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var registrations = new List<PosixSignalRegistration>();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try
            {
                registrations.Add(PosixSignalRegistration.Create(signal, ctx =>
                {
                    // Cancel the default termination: the emulator stops itself, cleanly, once the wait ends.
                    ctx.Cancel = true;
                    signalled.TrySetResult();
                }));
            }
            catch (PlatformNotSupportedException)
            {
                // Not every signal exists everywhere; Ctrl+C (SIGINT) is the one that matters interactively.
            }
        }

        return (signalled.Task, new Registrations(registrations));
    }

    /// <summary>
    /// Completes when a redirected stdin reaches end of file after having stayed open for <paramref name="grace"/>.
    /// Never completes for a terminal, or when stdin is at end of file at once (/dev/null, an empty or small file):
    /// there is no parent pipe to watch then, only signals.
    /// </summary>
    public static Task StdinClosed(TimeSpan grace)
    {
        if (!Console.IsInputRedirected)
        {
            return Task.Delay(Timeout.Infinite);
        }

        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var opened = Stopwatch.StartNew();
        var reader = new Thread(() =>
        {
            try
            {
                using var stdin = Console.OpenStandardInput();
                var buffer = new byte[256];
                while (stdin.Read(buffer, 0, buffer.Length) > 0)
                {
                    // Whatever a parent writes is ignored; only the end of the stream means something.
                }
            }
            catch (IOException)
            {
                // A broken pipe is a closed stdin too.
            }

            if (opened.Elapsed >= grace)
            {
                closed.TrySetResult();
            }
        })
        {
            IsBackground = true,
            Name = "N2F emulator stdin watcher",
        };
        reader.Start();
        return closed.Task;
    }

    /// <summary>Completes once process <paramref name="pid"/> is gone, polled every second.</summary>
    public static async Task ParentExited(int pid, CancellationToken ct)
    {
        while (IsAlive(pid))
        {
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private sealed class Registrations(List<PosixSignalRegistration> registrations) : IDisposable
    {
        public void Dispose() => registrations.ForEach(r => r.Dispose());
    }
}
