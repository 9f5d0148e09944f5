namespace N2fSync.Config;

/// <summary>N2F's published quotas per API client, the defaults of <c>quotas:</c>.</summary>
public static class QuotaDefaults
{
    public const string TimeZone = "Europe/Paris";
    public const string DayStarts = "06:00";
    public const string NightStarts = "20:00";
    public const int WindowSeconds = 60;
    public const int DayReads = 60;
    public const int DayWrites = 10;
    public const int NightReads = 200;
    public const int NightWrites = 50;
}
