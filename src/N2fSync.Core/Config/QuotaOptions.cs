namespace N2fSync.Config;

/// <summary>N2F's per-client call quotas by day and by night, in N2F's local time.</summary>
public sealed class QuotaOptions
{
    /// <summary>N2F's local time zone for the day/night windows (IANA or Windows id).</summary>
    public string TimeZone { get; set; } = QuotaDefaults.TimeZone;
    public string DayStarts { get; set; } = QuotaDefaults.DayStarts;
    public string NightStarts { get; set; } = QuotaDefaults.NightStarts;
    public int WindowSeconds { get; set; } = QuotaDefaults.WindowSeconds;
    public QuotaWindow Day { get; set; } = new() { Reads = QuotaDefaults.DayReads, Writes = QuotaDefaults.DayWrites };
    public QuotaWindow Night { get; set; } = new() { Reads = QuotaDefaults.NightReads, Writes = QuotaDefaults.NightWrites };
}
