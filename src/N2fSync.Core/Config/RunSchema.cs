namespace N2fSync.Config;

/// <summary>The keys of <c>run:</c>, the limits of one Sync-N2fScope run.</summary>
internal static class RunSchema
{
    public static readonly ConfigSection<RunOptions> Section = new("run",
    [
        new OptionSpec<RunOptions>("maxDuration", "duration (`hh:mm:ss` or `2h45m`)", "Time budget of a run.")
        {
            DefaultNote = "none",
            Example = "02:45:00",
            Read = (ctx, node, path, r) => r.MaxDuration = ConfigDuration.Read(ctx, node, path),
            Check = CheckMaxDuration,
            ShowValue = r => r.MaxDuration is { } value ? ConfigDuration.Show(value) : null,
        },
    ]);

    private static void CheckMaxDuration(ConfigReadContext ctx, string path, RunOptions run)
    {
        if (run.MaxDuration is not { } value || ctx.HasFailed(path))
            return;
        var limit = RunDefaults.MaxDurationLimit;
        if (value <= TimeSpan.Zero || value > limit)
            ctx.Error(path, $"{ConfigDuration.Show(value)} is out of range; use a duration above 0 and at most {limit.TotalDays:0} days.");
    }
}
