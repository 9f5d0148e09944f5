using N2fSync.N2f.Quota;
using N2fSync.Sync.Apply;

namespace N2fSync.Tests.Sync.Apply;

/// <summary>
/// Reading a list back or sending its unknown writes again: a list read within one window of reads is read back (a
/// lost answer costs no extra write); a longer one only when that takes the smaller share of its own quota window. By
/// day a write costs as much as six pages (60 reads, 10 writes a minute), by night four (200, 50).
/// </summary>
public sealed class SettlementCostTests
{
    private static readonly SettlementCost ByDay = new(new QuotaLimits(60, 10), 200);
    private static readonly SettlementCost ByNight = new(new QuotaLimits(200, 50), 200);

    [Theory]
    [InlineData(1_200, 1, true)]    // 7 pages (a full last page costs an empty one): within a window of 60 reads
    [InlineData(11_999, 1, true)]   // 60 pages: still one window
    [InlineData(12_000, 1, false)]  // 61 pages > a window, and > 6 for one write
    [InlineData(99_500, 82, false)] // 498 pages > 492
    [InlineData(99_500, 83, true)]  // 498 pages ≤ 498: a tie reads back, which costs no write
    public void ByDay_AListOfAWindowOfPagesIsReadBack_ALongerOneWhenCheaperThanTheWrites(int items, int writes, bool readBack) =>
        Assert.Equal(readBack, ByDay.ReadBack(items, writes));

    [Theory]
    [InlineData(39_999, 1, true)]   // 200 pages: one window of reads
    [InlineData(40_000, 1, false)]  // 201 pages > 200, and > 4 for one write
    public void ByNight_AListOfAWindowOfPagesIsReadBack(int items, int writes, bool readBack) =>
        Assert.Equal(readBack, ByNight.ReadBack(items, writes));

    [Fact]
    public void ListOfUnknownSize_IsReadBack() => Assert.True(ByDay.ReadBack(null, 1));
}
