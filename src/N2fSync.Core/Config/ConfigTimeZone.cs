using System.Diagnostics.CodeAnalysis;

namespace N2fSync.Config;

/// <summary>
/// Finds the quota time zone by IANA or Windows id. Windows PowerShell 5.1 (.NET Framework) knows only Windows ids,
/// so the IANA ids a config is likely to hold are mapped by hand there.
/// </summary>
public static class ConfigTimeZone
{
    private static readonly Dictionary<string, string> IanaToWindows = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Europe/Paris"] = "Romance Standard Time",
        ["Europe/Brussels"] = "Romance Standard Time",
        ["UTC"] = "UTC",
        ["Etc/UTC"] = "UTC",
    };

    public static bool TryResolve(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id))
            return false;

        var trimmed = id!.Trim();
        return TryFind(trimmed, out zone)
            || (IanaToWindows.TryGetValue(trimmed, out var windowsId) && TryFind(windowsId, out zone));
    }

    private static bool TryFind(string id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException or System.Security.SecurityException)
        {
            zone = null;
            return false;
        }
    }
}
