using System.Globalization;

namespace N2fSync.Config;

/// <summary>Checks <c>quotas:</c>: a zone this machine can resolve, HH:mm boundaries that differ.</summary>
internal static class QuotaRules
{
    public static void Check(ConfigReadContext ctx, string path, QuotaOptions quotas)
    {
        if (!ctx.HasFailed("quotas.timeZone") && !ConfigTimeZone.TryResolve(quotas.TimeZone, out _))
            ctx.Error("quotas.timeZone", $"'{quotas.TimeZone}' is not a time zone this machine knows; use an IANA id such as Europe/Paris or a Windows id such as Romance Standard Time.");

        var dayOk = CheckTime(ctx, "quotas.dayStarts", quotas.DayStarts);
        var nightOk = CheckTime(ctx, "quotas.nightStarts", quotas.NightStarts);
        if (dayOk && nightOk && quotas.DayStarts.Trim() == quotas.NightStarts.Trim())
            ctx.Error("quotas.nightStarts", "is the same time as quotas.dayStarts; the day and night windows need different boundaries.");
    }

    private static bool CheckTime(ConfigReadContext ctx, string key, string value)
    {
        if (ctx.HasFailed(key))
            return false;
        if (DateTime.TryParseExact(value.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return true;
        ctx.Error(key, $"'{value}' is not a time of day; use HH:mm, e.g. 06:00.");
        return false;
    }
}
