using N2fSync.Config;
using N2fSync.N2f.Quota;

namespace N2fSync.Sync.Apply;

/// <summary>
/// Whether reading a list back settles its unknown writes for less quota than sending them again. Reads and writes
/// have separate quotas (by day 60 reads, 10 writes a minute: one write costs the time of six reads), so the price of
/// each is the share of a window it takes: pages ÷ reads per window against writes ÷ writes per window. A list whose
/// size is not known is read back (it settles all of its writes at once, and costs no write).
/// </summary>
public sealed class SettlementCost(QuotaLimits limits, int pageSize)
{
    public QuotaLimits Limits { get; } = limits;

    /// <summary>The costs under the configured quotas in force at <paramref name="now"/>, with the configured page size.</summary>
    public static SettlementCost At(N2fSyncConfig config, DateTimeOffset now) =>
        new(new QuotaSchedule(config.Quotas).LimitsAt(now), config.N2f.PageSize);

    /// <summary>Pages a list of <paramref name="items"/> costs: a full last page is followed by an empty one.</summary>
    public int Pages(int items) => items / Math.Max(1, pageSize) + 1;

    public bool ReadBack(int? listItems, int unknownWrites) =>
        listItems is not { } items || (double)Pages(items) / Math.Max(1, Limits.Reads) <= (double)unknownWrites / Math.Max(1, Limits.Writes);
}
