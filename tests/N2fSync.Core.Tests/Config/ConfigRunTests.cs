using N2fSync.Config;

namespace N2fSync.Tests.Config;

/// <summary>run.maxDuration: a run's time budget, written as hh:mm:ss or as units.</summary>
public sealed class ConfigRunTests
{
    [Fact]
    public void MaxDuration_NotSet_IsNone()
    {
        using var folder = new ConfigTestFolder();

        Assert.Null(folder.Load(ConfigAssert.Minimal).Run.MaxDuration);
    }

    [Theory]
    [InlineData("02:45:00", 2, 45)]
    [InlineData("'02:45'", 2, 45)]
    [InlineData("2h45m", 2, 45)]
    [InlineData("2H45M", 2, 45)]
    [InlineData("90m", 1, 30)]
    [InlineData("1d", 24, 0)]
    public void MaxDuration_BothSpellings_AreRead(string yaml, int hours, int minutes)
    {
        using var folder = new ConfigTestFolder();

        var config = folder.Load(ConfigAssert.Minimal + $"run:\n  maxDuration: {yaml}\n");

        Assert.Equal(new TimeSpan(hours, minutes, 0), config.Run.MaxDuration);
    }

    [Theory]
    [InlineData("90")]
    [InlineData("two hours")]
    [InlineData("2h 45m")]
    public void MaxDuration_NotADuration_ErrorShowsTheSpellings(string yaml)
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + $"run:\n  maxDuration: {yaml}\n");

        var error = ConfigAssert.SingleError(result, "run.maxDuration");
        Assert.Equal(5, error.Line);
        Assert.Equal($"'{yaml}' is not a duration; use hh:mm:ss (e.g. 02:45:00) or a span such as 2h45m or 90m.", error.Message);
    }

    [Theory]
    [InlineData("0s", "00:00:00")]
    [InlineData("'-01:00:00'", "-01:00:00")]
    [InlineData("8d", "8.00:00:00")]
    public void MaxDuration_OutOfRange_IsAnError(string yaml, string shown)
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + $"run:\n  maxDuration: {yaml}\n");

        Assert.Equal($"{shown} is out of range; use a duration above 0 and at most 7 days.",
            ConfigAssert.SingleError(result, "run.maxDuration").Message);
    }
}
