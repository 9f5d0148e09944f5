

namespace N2fSync.Config;

/// <summary>
/// The configuration cannot be used. <see cref="Exception.Message"/> lists every error, one per line, so a single
/// run shows them all instead of one per attempt.
/// </summary>
public sealed class ConfigException : Exception
{
    public ConfigException(IReadOnlyList<ConfigIssue> issues)
        : base(BuildMessage(issues))
    {
        Issues = issues;
    }

    /// <summary>Every issue found, errors and warnings alike (the message holds only the errors).</summary>
    public IReadOnlyList<ConfigIssue> Issues { get; }

    private static string BuildMessage(IReadOnlyList<ConfigIssue> issues)
    {
        var errors = issues.Where(i => i.Severity == ConfigIssueSeverity.Error).Select(i => i.ToString()).ToList();
        return errors.Count == 0 ? "The configuration is not valid." : string.Join(Environment.NewLine, errors);
    }
}
