using System.Collections.Concurrent;
using N2fSync.Diagnostics;

namespace N2fSync.Commands.Hosting;

/// <summary>
/// Collects the core's messages from any thread; the cmdlet drains them on the pipeline thread, the only thread
/// allowed to write to PowerShell streams.
/// </summary>
internal sealed class PipelineLog : ISyncLog
{
    private readonly ConcurrentQueue<(bool IsWarning, string Message)> _queue = new();

    /// <summary>Signalled whenever something is queued, so a waiting pipeline thread wakes up.</summary>
    public AutoResetEvent Signal { get; } = new(false);

    public void Verbose(string message) => Enqueue(false, message);
    public void Warning(string message) => Enqueue(true, message);

    public bool TryDequeue(out (bool IsWarning, string Message) entry) => _queue.TryDequeue(out entry);

    private void Enqueue(bool isWarning, string message)
    {
        _queue.Enqueue((isWarning, message));
        Signal.Set();
    }
}
