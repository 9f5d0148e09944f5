using System.Collections.Concurrent;
using N2fSync.Diagnostics;

namespace N2fSync.Tests.N2f;

/// <summary>An <see cref="ISyncLog"/> that keeps every message, to assert on what the client and applier tell the user.</summary>
internal sealed class CollectingLog : ISyncLog
{
    private readonly ConcurrentQueue<string> _messages = new();

    /// <summary>Every message, verbose and warning, in the order written.</summary>
    public IReadOnlyList<string> Messages => [.. _messages];

    public void Verbose(string message) => _messages.Enqueue("VERBOSE: " + message);

    public void Warning(string message) => _messages.Enqueue("WARNING: " + message);
}
