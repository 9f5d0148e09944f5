using System.Collections;
using System.Management.Automation.Language;
using System.Management.Automation;
using N2fSync.Config;
using N2fSync.N2f;
using N2fSync.Scopes;

namespace N2fSync.Commands.Completers;

/// <summary>
/// Completes -Scope from the scopes of the config in use (built-in ones when the config cannot be read), and 'all';
/// Clear-N2fCache also takes 'reference' (companies, roles, profiles and axes).
/// </summary>
public sealed class ScopeCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var names = new List<string>(KnownScopes(CompleterConfig.Path(fakeBoundParameters))) { ScopeNames.All };
        if (commandName.EndsWith("Clear-N2fCache", StringComparison.OrdinalIgnoreCase)) names.Add(N2fList.ReferenceScope);
        var prefix = wordToComplete.Trim('\'', '"');
        foreach (var name in names.Where(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            yield return new CompletionResult(name, name, CompletionResultType.ParameterValue,
                name == N2fList.ReferenceScope ? "the cached companies, roles, profiles and axes" : $"scope {name}");
    }

    private static IEnumerable<string> KnownScopes(string path)
    {
        try
        {
            if (File.Exists(path)) return new ScopeCatalog(ConfigLoader.Load(path)).Names.ToList();
        }
        catch (ConfigException)
        {
            // A broken config still gets the built-in scopes completed.
        }
        return new ScopeCatalog(new N2fSyncConfig()).Names.ToList();
    }
}
