using System.Globalization;
using N2fSync.Config;

namespace N2fSync.Sync.Run;

/// <summary>
/// How long a number of writes takes at N2F's quotas, by day and by night: the pace is the quota's, not the machine's
/// ("361 writes: about 37 min by day, 8 min from 20:00").
/// </summary>
public static class RunEstimate
{
    public static TimeSpan AtQuota(int writes, int writesPerWindow, TimeSpan window) =>
        writes <= 0 ? TimeSpan.Zero : TimeSpan.FromTicks((long)((double)writes / Math.Max(1, writesPerWindow) * window.Ticks));

    public static string Describe(int writes, QuotaOptions quotas)
    {
        var window = TimeSpan.FromSeconds(quotas.WindowSeconds);
        var day = AtQuota(writes, quotas.Day.Writes, window);
        var night = AtQuota(writes, quotas.Night.Writes, window);
        return $"{writes} write{(writes == 1 ? "" : "s")}: about {Format(day)} by day, {Format(night)} from {quotas.NightStarts}";
    }

    public static string Format(TimeSpan span) => span.TotalMinutes >= 90
        ? string.Format(CultureInfo.InvariantCulture, "{0:0.#} h", span.TotalHours)
        : span.TotalMinutes >= 1
            ? string.Format(CultureInfo.InvariantCulture, "{0:0} min", Math.Ceiling(span.TotalMinutes))
            : string.Format(CultureInfo.InvariantCulture, "{0:0} s", Math.Ceiling(span.TotalSeconds));
}
