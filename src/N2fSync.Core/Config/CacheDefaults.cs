namespace N2fSync.Config;

/// <summary>Defaults of <c>cache:</c>.</summary>
public static class CacheDefaults
{
    public const bool Enabled = true;
    public const int TtlMinutes = 60;
    public const int MaxMegabytes = 100;
    public const bool SyncReadsFresh = true;
}
