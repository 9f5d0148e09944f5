using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace N2fSync.Commands.Completers;

/// <summary>Completes -RunId / -Id with the ids of the newest runs in the store (one local query, no N2F call).</summary>
public sealed class RunIdCompleter : IArgumentCompleter
{
    private const int Limit = 30;

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters) =>
        (StoreForCompletion.Query(fakeBoundParameters, s => s.History.RecentRunIds(wordToComplete.Trim('\'', '"'), Limit)) ?? [])
            .Select(id => new CompletionResult(id, id, CompletionResultType.ParameterValue, id));
}
