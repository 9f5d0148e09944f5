using N2fSync.Config;

namespace N2fSync.Tests.Config;

/// <summary>A throw-away folder holding a config file (and whatever it points at), plus a fake environment.</summary>
internal sealed class ConfigTestFolder : IDisposable
{
    private readonly Dictionary<string, string?> _environment = new(StringComparer.Ordinal);

    public ConfigTestFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "n2fsync-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string ConfigPath => Path.Combine(Root, "n2fsync.yaml");

    /// <summary>Only what a test sets is defined: the machine's own variables never leak in.</summary>
    public string? GetEnv(string name) => _environment.TryGetValue(name, out var value) ? value : null;

    public ConfigTestFolder WithEnv(string name, string? value)
    {
        _environment[name] = value;
        return this;
    }

    public string WriteFile(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public N2fSyncConfig Load(string yaml)
    {
        WriteFile("n2fsync.yaml", yaml);
        return ConfigLoader.Load(ConfigPath, GetEnv);
    }

    public ConfigValidationResult Validate(string yaml)
    {
        WriteFile("n2fsync.yaml", yaml);
        return ConfigLoader.Validate(ConfigPath, GetEnv);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it is not.
        }
    }
}
