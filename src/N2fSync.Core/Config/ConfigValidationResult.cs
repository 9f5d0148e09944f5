

namespace N2fSync.Config;

/// <summary>
/// The outcome of reading a configuration without throwing: what <c>Test-N2fSyncConfig</c> shows, and how a cmdlet
/// gets the warnings (e.g. a literal secret in the file) before it calls <see cref="ThrowIfInvalid"/>.
/// </summary>
public sealed class ConfigValidationResult
{
    public ConfigValidationResult(string? filePath, IReadOnlyList<ConfigIssue> issues, N2fSyncConfig? config)
    {
        FilePath = filePath;
        Issues = issues;
        Errors = issues.Where(i => i.Severity == ConfigIssueSeverity.Error).ToList();
        Warnings = issues.Where(i => i.Severity == ConfigIssueSeverity.Warning).ToList();
        Config = Errors.Count == 0 ? config : null;
    }

    /// <summary>The config file as the caller named it; null when the YAML was given as text.</summary>
    public string? FilePath { get; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>Every issue in file order: errors and warnings.</summary>
    public IReadOnlyList<ConfigIssue> Issues { get; }

    public IReadOnlyList<ConfigIssue> Errors { get; }

    public IReadOnlyList<ConfigIssue> Warnings { get; }

    /// <summary>The loaded configuration; null unless <see cref="IsValid"/>.</summary>
    public N2fSyncConfig? Config { get; }

    /// <summary>The configuration, or a <see cref="ConfigException"/> listing every error.</summary>
    public N2fSyncConfig ThrowIfInvalid() => Config ?? throw new ConfigException(Issues);
}
