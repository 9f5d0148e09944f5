using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using N2fSync.Config;
using N2fSync.Scopes;

namespace N2fSync.Commands.Completers;

/// <summary>Completes -Scope from the scopes of the config in use (built-in ones when the config cannot be read).</summary>
public sealed class ScopeCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var names = new List<string>(KnownScopes(fakeBoundParameters["ConfigPath"] as string)) { ScopeNames.All };
        var prefix = wordToComplete.Trim('\'', '"');
        foreach (var name in names.Where(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            yield return new CompletionResult(name, name, CompletionResultType.ParameterValue, $"scope {name}");
    }

    private static IEnumerable<string> KnownScopes(string? configPath)
    {
        var path = configPath ?? Environment.GetEnvironmentVariable("N2FSYNC_CONFIG") ?? "n2fsync.yaml";
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
