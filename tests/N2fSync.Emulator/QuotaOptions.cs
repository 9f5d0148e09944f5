

namespace N2fSync.Emulator;

/// <summary>
/// Per-client quotas over a sliding window: never more than the limit in any span of <see cref="Window"/>, the
/// strictest reading of N2F's "per minute" (decisions.md §19). Reads are GETs; writes are POST, PUT, PATCH and DELETE
/// except <c>POST auth</c>, which is not counted. A null limit leaves that kind unlimited.
/// </summary>
public sealed class QuotaOptions
{
    /// <summary>N2F by day (06:00–20:00 Paris time): 60 reads and 10 writes a minute.</summary>
    public static QuotaOptions N2fDay => new() { ReadsPerWindow = 60, WritesPerWindow = 10 };

    /// <summary>N2F by night (20:00–06:00 Paris time): 200 reads and 50 writes a minute.</summary>
    public static QuotaOptions N2fNight => new() { ReadsPerWindow = 200, WritesPerWindow = 50 };

    public int? ReadsPerWindow { get; set; }

    public int? WritesPerWindow { get; set; }

    /// <summary>The window length; tests scale it down (decisions.md §21).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
