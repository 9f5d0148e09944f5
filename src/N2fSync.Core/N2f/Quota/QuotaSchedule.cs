using System.Globalization;
using N2fSync.Config;

namespace N2fSync.N2f.Quota;

/// <summary>Calls allowed per window at a given instant.</summary>
public readonly record struct QuotaLimits(int Reads, int Writes);

/// <summary>
/// N2F's day and night quotas (domain.md §2.5) in N2F's local time zone (decisions.md §19). Within one window span of a
/// boundary the stricter quota applies, so a window that straddles the switch never exceeds either.
/// </summary>
public sealed class QuotaSchedule
{
    private readonly TimeZoneInfo _zone;
    private readonly TimeSpan _dayStarts;
    private readonly TimeSpan _nightStarts;
    private readonly QuotaOptions _options;

    public QuotaSchedule(QuotaOptions options)
    {
        _options = options;
        _zone = TimeZones.Find(options.TimeZone);
        _dayStarts = TimeSpan.ParseExact(options.DayStarts, @"hh\:mm", CultureInfo.InvariantCulture);
        _nightStarts = TimeSpan.ParseExact(options.NightStarts, @"hh\:mm", CultureInfo.InvariantCulture);
        Window = TimeSpan.FromSeconds(options.WindowSeconds);
    }

    public TimeSpan Window { get; }

    /// <summary>N2F's local time zone, in which the day and night windows are read.</summary>
    public TimeZoneInfo Zone => _zone;

    public QuotaLimits LimitsAt(DateTimeOffset instant)
    {
        var now = Select(instant);
        var before = Select(instant - Window);
        var after = Select(instant + Window);
        return new QuotaLimits(Math.Min(now.Reads, Math.Min(before.Reads, after.Reads)),
            Math.Min(now.Writes, Math.Min(before.Writes, after.Writes)));
    }

    private QuotaLimits Select(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, _zone).TimeOfDay;
        var isDay = _dayStarts <= _nightStarts
            ? local >= _dayStarts && local < _nightStarts
            : local >= _dayStarts || local < _nightStarts;
        var window = isDay ? _options.Day : _options.Night;
        return new QuotaLimits(window.Reads, window.Writes);
    }
}
