using System.Collections.Concurrent;
using N2fSync.Diagnostics;

namespace N2fSync.Tests.Support;

/// <summary>Keeps what the core reports, for assertions.</summary>
internal sealed class CollectingLog : ISyncLog
{
    public ConcurrentQueue<string> Warnings { get; } = new();
    public ConcurrentQueue<string> Verboses { get; } = new();

    public void Verbose(string message) => Verboses.Enqueue(message);
    public void Warning(string message) => Warnings.Enqueue(message);
}
