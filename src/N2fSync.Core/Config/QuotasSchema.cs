namespace N2fSync.Config;

/// <summary>The keys of <c>quotas:</c>, N2F's per-client call quotas by day and by night.</summary>
internal static class QuotasSchema
{
    public static readonly ConfigSection<QuotaWindow> Day = Window("quotas.day");

    public static readonly ConfigSection<QuotaWindow> Night = Window("quotas.night");

    public static readonly ConfigSection<QuotaOptions> Section = new("quotas",
    [
        Option.Text<QuotaOptions>("timeZone", q => q.TimeZone, (q, v) => q.TimeZone = v ?? q.TimeZone,
            "N2F's local time, for the day/night boundaries.") with { TypeText = "IANA or Windows id", Example = "UTC" },
        Option.Text<QuotaOptions>("dayStarts", q => q.DayStarts, (q, v) => q.DayStarts = v ?? q.DayStarts,
            "Start of the day window.") with { TypeText = "`HH:mm`", Example = "07:00" },
        Option.Text<QuotaOptions>("nightStarts", q => q.NightStarts, (q, v) => q.NightStarts = v ?? q.NightStarts,
            "Start of the night window.") with { TypeText = "`HH:mm`", Example = "21:00" },
        Option.WholeNumber<QuotaOptions>("windowSeconds", OptionRange.AtLeast(1, "a number of seconds above 0"),
            q => q.WindowSeconds, (q, v) => q.WindowSeconds = v, "Length of the sliding quota window.") with { Example = "1" },
        Option.Section<QuotaOptions, QuotaWindow>("day", Day, q => q.Day, "Calls per window by day.")
            with { TypeText = "`{ reads, writes }`", DefaultNote = Show(QuotaDefaults.DayReads, QuotaDefaults.DayWrites) },
        Option.Section<QuotaOptions, QuotaWindow>("night", Night, q => q.Night, "Calls per window by night.")
            with { TypeText = "`{ reads, writes }`", DefaultNote = Show(QuotaDefaults.NightReads, QuotaDefaults.NightWrites) },
    ], QuotaRules.Check);

    private static ConfigSection<QuotaWindow> Window(string path) => new(path,
    [
        Option.WholeNumber<QuotaWindow>("reads", OptionRange.AtLeast(1, "a number of calls above 0"), w => w.Reads, (w, v) => w.Reads = v,
            "GET calls per window.") with { Example = "6" },
        Option.WholeNumber<QuotaWindow>("writes", OptionRange.AtLeast(1, "a number of calls above 0"), w => w.Writes, (w, v) => w.Writes = v,
            "POST, PUT and DELETE calls per window (getting a token is not a write).") with { Example = "1" },
    ]);

    private static string Show(int reads, int writes) => $"`{{ reads: {reads}, writes: {writes} }}`";
}
