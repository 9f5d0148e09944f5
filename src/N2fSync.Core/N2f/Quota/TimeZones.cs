

namespace N2fSync.N2f.Quota;

/// <summary>Finds a time zone by IANA or Windows id; .NET Framework (Windows PowerShell 5.1) knows only Windows ids.</summary>
public static class TimeZones
{
    private static readonly Dictionary<string, string> IanaToWindows = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Europe/Paris"] = "Romance Standard Time",
        ["Europe/Brussels"] = "Romance Standard Time",
        ["Europe/Amsterdam"] = "W. Europe Standard Time",
        ["Europe/Luxembourg"] = "W. Europe Standard Time",
        ["Europe/London"] = "GMT Standard Time",
        ["UTC"] = "UTC",
        ["Etc/UTC"] = "UTC",
    };

    public static TimeZoneInfo Find(string id)
    {
        if (string.Equals(id, "UTC", StringComparison.OrdinalIgnoreCase)) return TimeZoneInfo.Utc;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            if (IanaToWindows.TryGetValue(id, out var windowsId))
                return TimeZoneInfo.FindSystemTimeZoneById(windowsId);
            throw;
        }
    }
}
