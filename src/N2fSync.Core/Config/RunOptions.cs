namespace N2fSync.Config;

/// <summary>Limits of one Sync-N2fScope run.</summary>
public sealed class RunOptions
{
    /// <summary>
    /// Time budget of a run; null for none. A run that reaches it stops cleanly (outcome Stopped) and the next run
    /// carries on, e.g. under Azure Automation's three-hour limit for cloud jobs.
    /// </summary>
    public TimeSpan? MaxDuration { get; set; }
}
