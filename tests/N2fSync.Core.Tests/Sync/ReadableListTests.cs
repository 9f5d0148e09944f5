using N2fSync.Sync;

namespace N2fSync.Tests.Sync;

/// <summary>The lists of a plan read as what they hold when turned into text (Export-Csv), and as lists otherwise.</summary>
public sealed class ReadableListTests
{
    [Fact]
    public void Differences_ReadAsTheFieldsThatDiffer()
    {
        var change = new N2fChange
        {
            Differences = [new("firstname", "Anne", "Ann"), new("structure", "L1", "L2")],
            StillManages = ["bart.desmet@example.be", "jean-luc.dubois@example.be"],
        };

        Assert.Equal("firstname: 'Anne' → 'Ann'; structure: 'L1' → 'L2'", change.Differences.ToString());
        Assert.Equal("bart.desmet@example.be, jean-luc.dubois@example.be", change.StillManages.ToString());
        Assert.Equal("L2", change.Differences[1].AgressoValue);
    }

    [Fact]
    public void NothingToList_ReadsAsNothing()
    {
        var change = new N2fChange();

        Assert.Equal("", change.Issues.ToString());
        Assert.Empty(change.WaitsFor);
    }
}
