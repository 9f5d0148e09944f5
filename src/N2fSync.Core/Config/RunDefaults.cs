namespace N2fSync.Config;

/// <summary>Limits of <c>run:</c>.</summary>
public static class RunDefaults
{
    /// <summary>A budget beyond a week is a typo (2450h for 24h50m), not a plan.</summary>
    public static TimeSpan MaxDurationLimit { get; } = TimeSpan.FromDays(7);
}
