namespace N2fSync.Config;

/// <summary>Defaults of the top level of the configuration.</summary>
public static class ConfigDefaults
{
    /// <summary>The file a cmdlet reads when neither -ConfigPath nor N2FSYNC_CONFIG names one.</summary>
    public const string FileName = "n2fsync.yaml";

    /// <summary>The name of a configuration given as text; a file's configuration is named after the file.</summary>
    public const string Name = "n2fsync";
}
