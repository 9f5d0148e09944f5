using N2fSync.Config;
using N2fSync.N2f.Quota;

namespace N2fSync.Sync.Apply;

/// <summary>
/// Whether a list is read back to settle its unknown writes, or they are sent again unread. A lost answer should cost
/// no extra write when that is avoidable (docs/decisions.md, lost answers): a list read within one window of the read
/// quota is read back. A longer one is read back only when that takes a smaller share of its quota than sending the
/// writes again takes of the write quota (by day 60 reads and 10 writes a minute: 100 000 users are 501 pages, eight
/// minutes of reads, against six seconds for one write): then an upsert that had landed is applied a second time,
/// harmlessly, and a delete finds nothing. A list whose size is not known is read back.
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
        listItems is not { } items || Pages(items) <= Limits.Reads
        || (double)Pages(items) / Math.Max(1, Limits.Reads) <= (double)unknownWrites / Math.Max(1, Limits.Writes);
}
