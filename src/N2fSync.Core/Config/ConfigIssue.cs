

namespace N2fSync.Config;

public enum ConfigIssueSeverity { Error, Warning }

/// <summary>
/// One problem found in a configuration, located so an admin can go straight to it: the file, the 1-based line and
/// column of the key, and the dotted key path (e.g. <c>source.provider</c>). Messages never hold a secret's value.
/// </summary>
public sealed class ConfigIssue
{
    public ConfigIssue(ConfigIssueSeverity severity, string key, string message, string? filePath = null, int? line = null, int? column = null)
    {
        Severity = severity;
        Key = key ?? "";
        Message = message ?? "";
        FilePath = filePath;
        Line = line;
        Column = column;
    }

    // Internal, shown by name through module/N2fSync.Members.ps1xml: ConvertTo-Json writes a .NET enum as a number.
    internal ConfigIssueSeverity Severity { get; }

    /// <summary>Dotted key path, e.g. <c>source.provider</c> or <c>companies[2]</c>; empty for the whole file.</summary>
    public string Key { get; }

    /// <summary>1-based line; null when the value did not come from the file (a default or an environment variable).</summary>
    public int? Line { get; }

    /// <summary>1-based column; null when <see cref="Line"/> is.</summary>
    public int? Column { get; }

    public string Message { get; }

    /// <summary>The config file as the caller named it; null when the YAML was given as text.</summary>
    public string? FilePath { get; }

    /// <summary><c>n2fsync.yaml:12:3 source.provider: message</c>, the shape editors and CI logs link to.</summary>
    public override string ToString()
    {
        var location = FilePath ?? "config";
        if (Line is int line)
            location += Column is int column ? $":{line}:{column}" : $":{line}";
        return Key.Length == 0 ? $"{location} {Message}" : $"{location} {Key}: {Message}";
    }
}
