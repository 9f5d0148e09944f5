using N2fSync.Config;
using N2fSync.N2f.Quota;

namespace N2fSync.Tests.N2f;

/// <summary>domain.md §2.5 and decisions.md §19: day and night quotas in N2F's local time, the stricter one near a boundary.</summary>
public sealed class QuotaScheduleTests
{
    private static readonly QuotaLimits Day = new(Reads: 60, Writes: 10);
    private static readonly QuotaLimits Night = new(Reads: 200, Writes: 50);

    private static QuotaLimits LimitsAt(string utc, Action<QuotaOptions>? configure = null)
    {
        var options = new QuotaOptions();
        configure?.Invoke(options);
        return new QuotaSchedule(options).LimitsAt(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DefaultWindow_IsOneMinute()
    {
        Assert.Equal(TimeSpan.FromSeconds(60), new QuotaSchedule(new QuotaOptions()).Window);
    }

    [Fact]
    public void NoonUtcInWinter_Is13hInParis_DayQuota()
    {
        Assert.Equal(Day, LimitsAt("2026-01-15T12:00:00Z"));
    }

    [Fact]
    public void TenPmUtcInWinter_Is23hInParis_NightQuota()
    {
        Assert.Equal(Night, LimitsAt("2026-01-15T22:00:00Z"));
    }

    [Theory]
    [InlineData("2026-01-15T04:30:00Z", false)] // 05:30 CET
    [InlineData("2026-07-15T04:30:00Z", true)]  // 06:30 CEST
    [InlineData("2026-01-15T19:30:00Z", false)] // 20:30 CET
    [InlineData("2026-07-15T17:30:00Z", true)]  // 19:30 CEST
    [InlineData("2026-07-15T18:30:00Z", false)] // 20:30 CEST
    public void DayOrNight_FollowsParisSummerAndWinterTime(string utc, bool isDay)
    {
        Assert.Equal(isDay ? Day : Night, LimitsAt(utc));
    }

    [Fact]
    public void TimeZone_IsConfigurable()
    {
        // 05:30 UTC is 06:30 in Paris (day) but still night for an account on UTC.
        Assert.Equal(Day, LimitsAt("2026-01-15T05:30:00Z"));
        Assert.Equal(Night, LimitsAt("2026-01-15T05:30:00Z", o => o.TimeZone = "UTC"));
    }

    [Theory]
    [InlineData("2026-01-15T04:58:30Z", false)] // 05:58:30, 90 s before day: night
    [InlineData("2026-01-15T04:59:30Z", true)]  // 05:59:30, day starts within the window: stricter
    [InlineData("2026-01-15T05:00:30Z", true)]  // 06:00:30, day
    [InlineData("2026-01-15T18:59:30Z", true)]  // 19:59:30, day
    [InlineData("2026-01-15T19:00:30Z", true)]  // 20:00:30, night, but the last minute held day calls: stricter
    [InlineData("2026-01-15T19:01:30Z", false)] // 20:01:30, one window past the boundary: night
    public void NearADayNightBoundary_TheStricterQuotaApplies(string utc, bool isDayQuota)
    {
        Assert.Equal(isDayQuota ? Day : Night, LimitsAt(utc));
    }

    [Fact]
    public void NearABoundary_MeansWithinOneWindow_ScaledWindowsNarrowIt()
    {
        // 05:59:30 Paris: with a 1 s test window, 06:00 is 30 windows away.
        Assert.Equal(new QuotaLimits(200, 50), LimitsAt("2026-01-15T04:59:30Z", o => o.WindowSeconds = 1));
    }

    [Fact]
    public void ConfiguredQuotas_AreTheOnesApplied()
    {
        Assert.Equal(new QuotaLimits(6, 2), LimitsAt("2026-01-15T12:00:00Z", o =>
        {
            o.Day = new QuotaWindow { Reads = 6, Writes = 2 };
            o.Night = new QuotaWindow { Reads = 20, Writes = 5 };
        }));
    }
}
