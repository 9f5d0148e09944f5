namespace N2fSync.Config;

/// <summary>
/// Loads <c>n2fsync.yaml</c>: defaults, then the file (with <c>${VAR}</c> references expanded), then the earlier
/// tool's environment variables; relative paths resolved against the file's folder; every rule checked, with each
/// problem located by key, line and column. Cmdlet parameters are applied afterwards by the caller.
/// </summary>
public static class ConfigLoader
{
    /// <summary>
    /// The configuration at <paramref name="path"/>, or a <see cref="ConfigException"/> listing every error.
    /// Warnings are not returned: callers that show them use <see cref="Validate"/> then
    /// <see cref="ConfigValidationResult.ThrowIfInvalid"/>.
    /// </summary>
    public static N2fSyncConfig Load(string path, Func<string, string?>? getEnvironmentVariable = null) =>
        Validate(path, getEnvironmentVariable).ThrowIfInvalid();

    /// <summary>The configuration in <paramref name="yamlText"/>; <paramref name="filePath"/> names it in messages and anchors relative paths.</summary>
    public static N2fSyncConfig Parse(string yamlText, string? filePath, Func<string, string?>? getEnv = null) =>
        ValidateText(yamlText, filePath, getEnv).ThrowIfInvalid();

    /// <summary>Reads and checks the file without throwing for config problems (a missing file is an error issue).</summary>
    public static ConfigValidationResult Validate(string path, Func<string, string?>? getEnv = null)
    {
        var (text, problem) = ConfigFileReader.Read(path);
        return problem is null
            ? ValidateText(text!, path, getEnv)
            : new ConfigValidationResult(path, [problem], null);
    }

    /// <summary>Checks YAML text without throwing; relative paths resolve against <paramref name="filePath"/>'s folder or the current directory.</summary>
    public static ConfigValidationResult ValidateText(string yamlText, string? filePath, Func<string, string?>? getEnv = null)
    {
        var fullPath = FullPathOrNull(filePath);
        var baseDirectory = fullPath is null ? Environment.CurrentDirectory : Path.GetDirectoryName(fullPath) ?? Environment.CurrentDirectory;
        var ctx = new ConfigReadContext(filePath, baseDirectory, getEnv ?? Environment.GetEnvironmentVariable);

        var config = new N2fSyncConfig
        {
            FilePath = fullPath,
            Name = fullPath is null ? ConfigDefaults.Name : Path.GetFileNameWithoutExtension(fullPath),
            Axes = BuiltInAxisScopes.Create(),
        };

        var root = YamlDocumentLoader.Load(ctx, yamlText ?? "");
        if (root is not null)
        {
            RootSchema.Section.Read(ctx, root, config);
            EnvironmentOverrides.Apply(ctx, config);
            ConfigSecrets.MovePasswordOutOfConnectionString(config.Source);
            ConfigPathResolver.Apply(ctx, config);
            // Rules judge what the sync will use (file, environment, resolved paths), still located at the file's lines.
            RootSchema.Section.Check(ctx, config);
        }

        return new ConfigValidationResult(filePath, ctx.Issues(), config);
    }

    private static string? FullPathOrNull(string? filePath)
    {
        if (string.IsNullOrWhiteSpace(filePath))
            return null;
        try
        {
            return Path.GetFullPath(filePath);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            // Only names the text in messages then; relative paths fall back to the current directory.
            return null;
        }
    }

    /// <summary>
    /// Issues that stop a call to N2F: no client id or secret. Not checked at load, because they may still come from
    /// -Credential; the caller checks once its parameters are applied. <paramref name="severity"/>: Warning where
    /// they are only advice (Test-N2fSyncConfig, which has no -Credential).
    /// </summary>
    public static IReadOnlyList<ConfigIssue> CheckReadyForN2f(N2fSyncConfig config, ConfigIssueSeverity severity = ConfigIssueSeverity.Error)
    {
        var issues = new List<ConfigIssue>();
        if (string.IsNullOrWhiteSpace(config.N2f.ClientId))
        {
            issues.Add(new ConfigIssue(severity, "n2f.clientId",
                $"no N2F client id: set the environment variable {ConfigEnvironmentVariables.N2fClientId}, write clientId under n2f: in the config, or pass -Credential.",
                config.FilePath));
        }
        if (Secret.IsNullOrEmpty(config.N2f.ClientSecret))
        {
            issues.Add(new ConfigIssue(severity, "n2f.clientSecret",
                $"no N2F client secret: set the environment variable {ConfigEnvironmentVariables.N2fClientSecret} (or write clientSecret: ${{{ConfigEnvironmentVariables.N2fClientSecret}}} in the config), or pass -Credential.",
                config.FilePath));
        }
        return issues;
    }

    /// <summary>
    /// The config file to use: <paramref name="path"/> when given, else N2FSYNC_CONFIG, else n2fsync.yaml in
    /// <paramref name="currentDirectory"/> (default: the process's current directory).
    /// </summary>
    public static string ResolvePath(string? path, Func<string, string?>? getEnv = null, string? currentDirectory = null)
    {
        if (!string.IsNullOrWhiteSpace(path))
            return path!;
        var fromEnvironment = (getEnv ?? Environment.GetEnvironmentVariable)(ConfigEnvironmentVariables.ConfigPath);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return fromEnvironment!.Trim();
        return Path.Combine(currentDirectory ?? Environment.CurrentDirectory, ConfigDefaults.FileName);
    }
}
