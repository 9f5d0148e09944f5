using N2fSync.Config;

namespace N2fSync.Tests.Config;

internal static class ConfigAssert
{
    /// <summary>The single error on <paramref name="key"/>, failing with every issue listed when there is not exactly one.</summary>
    public static ConfigIssue SingleError(ConfigValidationResult result, string key)
    {
        var matches = result.Errors.Where(e => e.Key == key).ToList();
        Assert.True(matches.Count == 1, $"expected one error on {key}, got:\n{string.Join("\n", result.Issues)}");
        return matches[0];
    }

    public static ConfigIssue SingleWarning(ConfigValidationResult result, string key)
    {
        var matches = result.Warnings.Where(e => e.Key == key).ToList();
        Assert.True(matches.Count == 1, $"expected one warning on {key}, got:\n{string.Join("\n", result.Issues)}");
        return matches[0];
    }

    public static void Valid(ConfigValidationResult result) =>
        Assert.True(result.IsValid, "expected a valid config, got:\n" + string.Join("\n", result.Issues));

    /// <summary>A minimal valid file: sqlite with a path, everything else default.</summary>
    public const string Minimal = "source:\n  provider: sqlite\n  path: ./agresso.db\n";
}
