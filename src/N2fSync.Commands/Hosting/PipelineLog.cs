using N2fSync.Diagnostics;

namespace N2fSync.Commands.Hosting;

/// <summary>The core's verbose and warning messages, from any thread, written by the pipeline thread.</summary>
internal sealed class PipelineLog(PipelineDispatcher dispatcher, Action<string> verbose, Action<string> warning) : ISyncLog
{
    public void Verbose(string message) => dispatcher.Post(() => verbose(message));
    public void Warning(string message) => dispatcher.Post(() => warning(message));
}
