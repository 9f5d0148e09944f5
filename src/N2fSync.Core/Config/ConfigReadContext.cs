using YamlDotNet.Core;

namespace N2fSync.Config;

/// <summary>
/// State shared by the section readers and rules of one load: where each key was written (so rules that run after
/// environment overrides can still point at a line), which keys an environment variable replaced, and the issues.
/// </summary>
internal sealed class ConfigReadContext
{
    private readonly List<ConfigIssue> _issues = [];
    private readonly Dictionary<string, Mark> _positions = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _overriddenBy = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _failedKeys = new(StringComparer.OrdinalIgnoreCase);

    public ConfigReadContext(string? filePath, string baseDirectory, Func<string, string?> getEnvironmentVariable)
    {
        FilePath = filePath;
        BaseDirectory = baseDirectory;
        GetEnvironmentVariable = getEnvironmentVariable;
    }

    /// <summary>The file as the caller named it, for messages.</summary>
    public string? FilePath { get; }

    /// <summary>Relative paths in the file are read from here: the file's folder, or the current directory.</summary>
    public string BaseDirectory { get; }

    public Func<string, string?> GetEnvironmentVariable { get; }

    public bool HasErrors => _issues.Any(i => i.Severity == ConfigIssueSeverity.Error);

    /// <summary>Remembers where a key was written; the first place wins so a duplicate points back at the original.</summary>
    public void RecordPosition(string key, Mark at)
    {
        if (!_positions.ContainsKey(key))
            _positions[key] = at;
    }

    public bool TryGetPosition(string key, out Mark at) => _positions.TryGetValue(key, out at);

    /// <summary>Where the first of these keys was written: a missing key is reported at its nearest written relative.</summary>
    public Mark? Nearest(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (_positions.TryGetValue(key, out var at))
                return at;
        }
        return null;
    }

    /// <summary>Reports a missing key at <paramref name="at"/> when known, else without a line.</summary>
    public void ErrorNear(string key, Mark? at, string message)
    {
        if (at is { } position)
            Error(key, position, message);
        else
            Error(key, message);
    }

    /// <summary>The key's value now comes from an environment variable: its messages name the variable, not a line.</summary>
    public void RecordOverride(string key, string variable) => _overriddenBy[key] = variable;

    /// <summary>The environment variable the key's value came from; null when it came from the file or a default.</summary>
    public string? VariableOf(string key) => _overriddenBy.TryGetValue(key, out var variable) ? variable : null;

    /// <summary>True when an error was already reported for this key, so rules do not pile a second one on it.</summary>
    public bool HasFailed(string key) => _failedKeys.Contains(key);

    /// <summary>True when an error was reported on an item or key under this one (e.g. <c>notify.mail.to[1]</c>).</summary>
    public bool HasFailedUnder(string key) =>
        _failedKeys.Any(k => k.Length > key.Length && k.StartsWith(key, StringComparison.OrdinalIgnoreCase) && k[key.Length] is '[' or '.');

    public void Error(string key, string message) => Add(ConfigIssueSeverity.Error, key, message, null);

    public void Error(string key, Mark at, string message) => Add(ConfigIssueSeverity.Error, key, message, at);

    public void Warning(string key, string message) => Add(ConfigIssueSeverity.Warning, key, message, null);

    public void Warning(string key, Mark at, string message) => Add(ConfigIssueSeverity.Warning, key, message, at);

    /// <summary>Issues in file order (lines first, then those with no line), the order an admin fixes them in.</summary>
    public IReadOnlyList<ConfigIssue> Issues() =>
        _issues.OrderBy(i => i.Line ?? int.MaxValue).ThenBy(i => i.Column ?? 0).ToList();

    private void Add(ConfigIssueSeverity severity, string key, string message, Mark? at)
    {
        if (severity == ConfigIssueSeverity.Error)
            _failedKeys.Add(key);

        if (_overriddenBy.TryGetValue(key, out var variable) && at is null)
        {
            var sentence = message.TrimEnd('.');
            _issues.Add(new ConfigIssue(severity, key, $"{sentence} (value from environment variable {variable}).", FilePath));
            return;
        }

        Mark? position = at ?? (_positions.TryGetValue(key, out var known) ? known : null);
        _issues.Add(position is { } p
            ? new ConfigIssue(severity, key, message, FilePath, (int)p.Line, (int)p.Column)
            : new ConfigIssue(severity, key, message, FilePath));
    }
}
