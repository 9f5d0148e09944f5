using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using N2fSync.Config;
using N2fSync.Store;

namespace N2fSync.Commands.Completers;

/// <summary>
/// Completes -Key (e-mails, codes) from the keys the store's journal has seen: one indexed local query, no N2F call,
/// so it stays cheap. Nothing is completed when the config or its store cannot be read.
/// </summary>
public sealed class KeyCompleter : IArgumentCompleter
{
    private const int Limit = 50;

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var prefix = wordToComplete.Trim('\'', '"');
        foreach (var key in KnownKeys(fakeBoundParameters["ConfigPath"] as string, prefix))
            yield return new CompletionResult(key.IndexOfAny([' ', '\'', '$']) >= 0 ? $"'{key.Replace("'", "''")}'" : key,
                key, CompletionResultType.ParameterValue, key);
    }

    private static IReadOnlyList<string> KnownKeys(string? configPath, string prefix)
    {
        var path = configPath ?? Environment.GetEnvironmentVariable("N2FSYNC_CONFIG") ?? "n2fsync.yaml";
        try
        {
            if (!File.Exists(path)) return [];
            var store = SyncStore.DefaultPath(ConfigLoader.Load(path));
            if (!File.Exists(store)) return [];
            using var opened = SyncStore.Open(store);
            return opened.History.KnownKeys(prefix, Limit);
        }
        catch (Exception e) when (e is ConfigException or IOException or StoreException)
        {
            return [];
        }
    }
}
