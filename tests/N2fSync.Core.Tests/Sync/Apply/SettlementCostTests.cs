using N2fSync.N2f.Quota;
using N2fSync.Sync.Apply;

namespace N2fSync.Tests.Sync.Apply;

/// <summary>
/// Reading a list back or sending its unknown writes again: whichever takes the smaller share of its own quota
/// window. By day a write costs as much as six pages (60 reads, 10 writes a minute), by night four (200, 50).
/// </summary>
public sealed class SettlementCostTests
{
    private static readonly SettlementCost ByDay = new(new QuotaLimits(60, 10), 200);
    private static readonly SettlementCost ByNight = new(new QuotaLimits(200, 50), 200);

    [Theory]
    [InlineData(999, 1, true)]     // 5 pages ≤ 6
    [InlineData(1_200, 1, false)]  // 7 pages (a full last page costs an empty one) > 6
    [InlineData(1_200, 2, true)]   // 7 ≤ 12
    [InlineData(99_500, 82, false)] // 498 pages > 492
    [InlineData(99_500, 83, true)] // 498 pages ≤ 498: a tie reads back, which costs no write
    public void ByDay_OneWriteWeighsAsMuchAsSixPages(int items, int writes, bool readBack) =>
        Assert.Equal(readBack, ByDay.ReadBack(items, writes));

    [Theory]
    [InlineData(799, 1, true)]     // 4 pages ≤ 4
    [InlineData(800, 1, false)]    // 5 pages > 4
    public void ByNight_OneWriteWeighsAsMuchAsFourPages(int items, int writes, bool readBack) =>
        Assert.Equal(readBack, ByNight.ReadBack(items, writes));

    [Fact]
    public void ListOfUnknownSize_IsReadBack() => Assert.True(ByDay.ReadBack(null, 1));
}
