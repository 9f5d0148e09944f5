using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;

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
        foreach (var key in StoreForCompletion.Query(fakeBoundParameters, s => s.History.KnownKeys(prefix, Limit)) ?? [])
            yield return new CompletionResult(key.IndexOfAny([' ', '\'', '$']) >= 0 ? $"'{key.Replace("'", "''")}'" : key,
                key, CompletionResultType.ParameterValue, key);
    }
}
