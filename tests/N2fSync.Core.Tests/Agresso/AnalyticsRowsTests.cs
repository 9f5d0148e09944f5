using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.Scopes;
using N2fSync.Tests.Support;
using static N2fSync.Tests.Support.AxisFixtures;

namespace N2fSync.Tests.Agresso;

public sealed class AnalyticsRowsTests
{
    private static readonly AgressoView View = new("iris_N2F_Analytics", "SELECT ...");

    private static (AnalyticsRows Rows, CollectingLog Log) Read(IEnumerable<ScopeDefinition> scopes, params Dictionary<string, string?>[] rows)
    {
        var source = new FakeAgressoSource(new Dictionary<string, IReadOnlyList<Dictionary<string, string?>>> { [View.Name] = rows });
        var log = new CollectingLog();
        return (AnalyticsRows.Read(source, View, scopes, log, default), log);
    }

    private static ScopeDefinition[] BuiltIns(N2fSyncConfig? config = null) =>
        new ScopeCatalog(config ?? new N2fSyncConfig { Axes = BuiltInAxisScopes.Create() }).All.ToArray();

    [Fact]
    public void Read_SplitsRowsIntoScopesByTyp_ComparedUpperCased()
    {
        var (rows, _) = Read(BuiltIns(),
            Row("PRJ-0042"), Row("1-NOP-654", ("typ", "Plaque"), ("description", "Citroën Berlingo")), Row("SP-1", ("typ", "subpost")));
        var scopes = BuiltIns();
        Assert.Equal(["PRJ-0042"], rows.Of(scopes.Single(s => s.Name == "projects")).Select(v => v.Key));
        Assert.Equal(["1-NOP-654"], rows.Of(scopes.Single(s => s.Name == "plates")).Select(v => v.Key));
        Assert.Equal("plates", rows.Of(scopes.Single(s => s.Name == "plates"))[0].Scope);
        Assert.Equal(["SP-1"], rows.Of(scopes.Single(s => s.Name == "subposts")).Select(v => v.Key));
    }

    [Fact]
    public void Read_KeepsTheViewRowNumber()
    {
        var (rows, _) = Read(BuiltIns(), Row("PRJ-0042"), Row("SP-1", ("typ", "SUBPOST")));
        Assert.Equal(2, rows.Of(BuiltIns().Single(s => s.Name == "subposts"))[0].RowNumber);
    }

    [Fact]
    public void Read_UnknownTyp_IsLeftOutWithOneWarningPerTypAndItsCount()
    {
        var (rows, log) = Read(BuiltIns(),
            Row("V-1", ("typ", "VEHICULE")), Row("V-2", ("typ", "vehicule")), Row("X-1", ("typ", "")), Row("PRJ-0042"));
        Assert.Equal(2, log.Warnings.Count);
        Assert.Contains(log.Warnings, w => w.Contains("2 row(s) with typ 'VEHICULE'"));
        Assert.Contains(log.Warnings, w => w.Contains("1 row(s) with typ '(empty)'"));
        Assert.Equal(4, rows.RowsRead);
    }

    [Fact]
    public void Read_ExcludedStatus_IsLeftOutOfItsScopeOnly()
    {
        var config = new N2fSyncConfig { Axes = BuiltInAxisScopes.Create() };
        config.Axes["projects"].ExcludeStatuses = ["C"];
        var scopes = BuiltIns(config);
        var (rows, log) = Read(scopes,
            Row("PRJ-0061", ("status", "c")), Row("PRJ-0042", ("status", "N")), Row("SP-8", ("typ", "SUBPOST"), ("status", "C")));
        Assert.Equal(["PRJ-0042"], rows.Of(scopes.Single(s => s.Name == "projects")).Select(v => v.Key));
        Assert.Equal(["SP-8"], rows.Of(scopes.Single(s => s.Name == "subposts")).Select(v => v.Key));
        Assert.Contains(log.Verboses, v => v.Contains("projects: 1 row(s) left out"));
        Assert.Empty(log.Warnings);
    }

    [Fact]
    public void Read_ScopeWithoutRows_IsEmpty()
    {
        var (rows, _) = Read(BuiltIns(), Row("PRJ-0042"));
        Assert.Empty(rows.Of(BuiltIns().Single(s => s.Name == "plates")));
    }
}
