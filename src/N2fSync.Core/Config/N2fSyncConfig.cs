namespace N2fSync.Config;

/// <summary>
/// The whole configuration after loading: defaults, then the YAML file, then the environment variables the earlier
/// tool used, then cmdlet parameters (applied by the caller). Relative paths are already resolved against the
/// folder of the config file. Holds no secret in clear: secrets are <see cref="Secret"/> values.
/// </summary>
public sealed class N2fSyncConfig
{
    /// <summary>Full path of the file this came from (null when built in code).</summary>
    public string? FilePath { get; set; }

    /// <summary>A short name for this configuration (file name without extension by default); names the store file.</summary>
    public string Name { get; set; } = ConfigDefaults.Name;

    public SourceOptions Source { get; set; } = new();
    public N2fOptions N2f { get; set; } = new();
    public StoreOptions Store { get; set; } = new();
    public UsersOptions Users { get; set; } = new();

    /// <summary>Axis scopes by scope name (projects, plates, subposts are built in; a customer may add more).</summary>
    public Dictionary<string, AxisScopeOptions> Axes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Company codes managed explicitly, in addition to those that appear in the source.</summary>
    public List<string> Companies { get; set; } = [];

    public QuotaOptions Quotas { get; set; } = new();
    public SafetyOptions Safety { get; set; } = new();
    public CacheOptions Cache { get; set; } = new();
    public LoggingOptions Logging { get; set; } = new();
    public DataQualityOptions DataQuality { get; set; } = new();
    public RunOptions Run { get; set; } = new();
    public NotifyOptions Notify { get; set; } = new();

    /// <summary>What is synced from where to where, e.g. <c>sqlite '/data/agresso.db' → https://sandbox.n2f.com/services/api/v2/ (sandbox)</c>.</summary>
    public override string ToString() => $"{Source} → {N2f}";
}
