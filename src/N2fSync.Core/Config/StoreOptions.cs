namespace N2fSync.Config;

/// <summary>The local SQLite store: cache of N2F reads, run history, journal, quota spending.</summary>
public sealed class StoreOptions
{
    /// <summary>SQLite store file; null means the user's local application data folder, N2fSync/&lt;config name&gt;.db.</summary>
    public string? Path { get; set; }

    /// <summary>Runs, their journal and data-quality rows older than this are pruned at the end of each run.</summary>
    public int RetentionDays { get; set; } = StoreDefaults.RetentionDays;
}
