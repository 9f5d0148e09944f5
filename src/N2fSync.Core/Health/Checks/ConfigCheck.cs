using N2fSync.Config;
using N2fSync.Scopes;

namespace N2fSync.Health.Checks;

/// <summary>The configuration loads and names known scopes; every other check needs it, so it runs first and alone.</summary>
internal static class ConfigCheck
{
    public const string Name = "Config";

    public static CheckVerdict Evaluate(ConfigValidationResult validation, IReadOnlyList<string> scopeNames,
        out IReadOnlyList<ScopeDefinition>? scopes)
    {
        scopes = null;
        var file = validation.FilePath ?? "the configuration";
        if (validation.Config is not { } config)
            return CheckVerdict.Fail($"{file}: {validation.Errors.Count} error(s): {Describe(validation.Errors)}. "
                                     + "Test-N2fSyncConfig lists every problem.");
        try
        {
            scopes = new ScopeCatalog(config).Resolve(scopeNames);
        }
        catch (ArgumentException e)
        {
            return CheckVerdict.Fail(e.Message);
        }
        var summary = $"{file} is valid; scopes {string.Join(", ", scopes)}; source {config.Source.Provider.ToString().ToLowerInvariant()}; "
                      + $"N2F {config.N2f.EffectiveBaseUrl}";
        return validation.Warnings.Count == 0
            ? CheckVerdict.Pass(summary)
            : CheckVerdict.Warn($"{summary}; {validation.Warnings.Count} warning(s): {Describe(validation.Warnings)}");
    }

    /// <summary>Up to three issues in one sentence: each message without its own full stop, joined by semicolons.</summary>
    private static string Describe(IReadOnlyList<ConfigIssue> issues) =>
        string.Join("; ", issues.Take(3).Select(i => (i.Key.Length == 0 ? "" : i.Key + " ")
                                                     + (i.Line is { } line ? $"(line {line}) " : "") + i.Message.TrimEnd('.')))
        + (issues.Count > 3 ? $"; and {issues.Count - 3} more" : "");
}
