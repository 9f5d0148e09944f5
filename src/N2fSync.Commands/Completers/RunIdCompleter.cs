using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using N2fSync.Config;
using N2fSync.Store;

namespace N2fSync.Commands.Completers;

/// <summary>Completes -RunId / -Id with the ids of the newest runs in the store (one local query, no N2F call).</summary>
public sealed class RunIdCompleter : IArgumentCompleter
{
    private const int Limit = 30;

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var path = fakeBoundParameters["ConfigPath"] as string ?? Environment.GetEnvironmentVariable("N2FSYNC_CONFIG") ?? "n2fsync.yaml";
        IReadOnlyList<string> ids;
        try
        {
            if (!File.Exists(path)) yield break;
            var store = SyncStore.DefaultPath(ConfigLoader.Load(path));
            if (!File.Exists(store)) yield break;
            using var opened = SyncStore.Open(store);
            ids = opened.History.RecentRunIds(wordToComplete.Trim('\'', '"'), Limit);
        }
        catch (Exception e) when (e is ConfigException or IOException or StoreException)
        {
            yield break;
        }
        foreach (var id in ids) yield return new CompletionResult(id, id, CompletionResultType.ParameterValue, id);
    }
}
