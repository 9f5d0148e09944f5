namespace N2fSync.Health;

/// <summary>What a check found; the runner adds the name and, unless the check measured its own calls, the time.</summary>
internal sealed record CheckVerdict(CheckStatus Status, string Detail, TimeSpan? Duration = null)
{
    public static CheckVerdict Pass(string detail, TimeSpan? duration = null) => new(CheckStatus.Pass, detail, duration);
    public static CheckVerdict Warn(string detail, TimeSpan? duration = null) => new(CheckStatus.Warn, detail, duration);
    public static CheckVerdict Fail(string detail, TimeSpan? duration = null) => new(CheckStatus.Fail, detail, duration);

    /// <summary>A check that could not run because an earlier one failed: not proven, so not passed.</summary>
    public static CheckVerdict NotChecked(string because) => new(CheckStatus.Fail, "Not checked: " + because);
}
