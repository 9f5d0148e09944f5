namespace N2fSync.Config;

/// <summary>Defaults of <c>store:</c>.</summary>
public static class StoreDefaults
{
    /// <summary>A year of nightly runs, and a month to compare with last year.</summary>
    public const int RetentionDays = 400;
}
