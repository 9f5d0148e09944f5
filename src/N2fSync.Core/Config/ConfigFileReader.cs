namespace N2fSync.Config;

/// <summary>Reads the config file's text, turning "not there" and "cannot read" into issues that say what to do.</summary>
internal static class ConfigFileReader
{
    public static (string? Text, ConfigIssue? Problem) Read(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
            return (null, Problem(path, $"no config file was given; pass -ConfigPath, or set {ConfigEnvironmentVariables.ConfigPath}."));

        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return (null, Problem(path, $"'{path}' is not a valid path: {e.Message}"));
        }

        if (Directory.Exists(fullPath))
        {
            var inside = Path.Combine(fullPath, ConfigDefaults.FileName);
            return (null, Problem(path, File.Exists(inside)
                ? $"'{fullPath}' is a folder, not a config file; the config in it is '{inside}'."
                : $"'{fullPath}' is a folder, not a config file, and holds no {ConfigDefaults.FileName}; give the YAML file's path, e.g. '{inside}'."));
        }

        if (!File.Exists(fullPath))
        {
            return (null, Problem(path,
                $"no config file at '{fullPath}'. Create one with New-N2fSyncConfig -Path '{fullPath}', "
                + $"or point -ConfigPath or {ConfigEnvironmentVariables.ConfigPath} at an existing file."));
        }

        try
        {
            // UTF-8 with or without BOM, the way editors on both platforms save it.
            return (File.ReadAllText(fullPath), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Problem(path, $"cannot read '{fullPath}': {e.Message}"));
        }
    }

    private static ConfigIssue Problem(string? path, string message) =>
        new(ConfigIssueSeverity.Error, "", message, string.IsNullOrWhiteSpace(path) ? null : path);
}
