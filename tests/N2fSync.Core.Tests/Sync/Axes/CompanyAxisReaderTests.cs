using N2fSync.Sync.Axes;
using N2fSync.Tests.Support;
using static N2fSync.Tests.Support.AxisFixtures;

namespace N2fSync.Tests.Sync.Axes;

public sealed class CompanyAxisReaderTests
{
    [Fact]
    public void Managed_IsTheCompaniesOfTheSourceOnly()
    {
        var managed = CompanyAxisReader.Managed(Values(Row("PRJ-0042"), Row("PRJ-0102")), [], Fixtures.Directory());
        Assert.Equal(["BE01"], managed.Select(c => c.Code));
    }

    [Fact]
    public void Managed_AddsConfiguredCompanies_InCodeOrder()
    {
        var managed = CompanyAxisReader.Managed(Values(Row("PRJ-0042", ("client", "BE02"))), ["be01"], Fixtures.Directory());
        Assert.Equal(["BE01", "BE02"], managed.Select(c => c.Code));
    }

    [Fact]
    public void Managed_LeavesOutCodesN2fDoesNotKnow()
    {
        var managed = CompanyAxisReader.Managed(Values(Row("PRJ-9001", ("client", "FR77"))), [], Fixtures.Directory());
        Assert.Empty(managed);
    }
}
