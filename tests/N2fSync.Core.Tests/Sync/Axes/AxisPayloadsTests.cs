using System.Text.Json;
using N2fSync.Mapping;
using N2fSync.Scopes;
using N2fSync.Sync.Axes;
using static N2fSync.Tests.Support.AxisFixtures;

namespace N2fSync.Tests.Sync.Axes;

public sealed class AxisPayloadsTests
{
    [Fact]
    public void Build_Json_HasTheShapeOfTheAxisValuePayload()
    {
        var json = new AxisPayloads(Projects).Build(Value("PRJ-0042", ("date_from", "2026-01-01"), ("date_to", "2099-12-31"))).ToJson();

        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(["code", "names", "validityDateFrom", "validityDateTo"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("PRJ-0042", root.GetProperty("code").GetString());
        Assert.Equal([("fr", "Rénovation école"), ("nl", "Rénovation école")],
            root.GetProperty("names").EnumerateArray().Select(n => (n.GetProperty("culture").GetString(), n.GetProperty("value").GetString())));
        Assert.Equal("2026-01-01T00:00:00Z", root.GetProperty("validityDateFrom").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("validityDateTo").ValueKind);
    }

    [Fact]
    public void Build_Names_FollowTheConfiguredCulturesInOrder()
    {
        var scope = ScopeDefinition.ForAxis("vehicles", "VEHICULE", "vehicule", ["nl", "fr", "de"]);
        var payload = new AxisPayloads(scope).Build(Value("V-12", ("description", "Škoda Octavia")));
        var names = Assert.IsType<List<N2fSync.Mapping.CultureName>>(payload["names"]);
        Assert.Equal(["nl", "fr", "de"], names.Select(n => n.Culture));
        Assert.All(names, n => Assert.Equal("Škoda Octavia", n.Value));
    }

    [Fact]
    public void Build_NoDates_SendsNulls()
    {
        var payload = new AxisPayloads(Projects).Build(Value("PRJ-0070", ("date_from", ""), ("date_to", "")));
        Assert.Null(payload["validityDateFrom"]);
        Assert.Null(payload["validityDateTo"]);
    }

    [Fact]
    public void Compare_UnparseableN2fDate_IsADifferenceShowingTheAnswer()
    {
        var difference = Assert.Single(new AxisPayloads(Projects).Compare(Value("PRJ-0042"),
            N2fValue("PRJ-0042", overrides: ("validityDateFrom", "janvier"))));
        Assert.Equal(("validityDateFrom", "janvier", "2026-01-01"), (difference.Field, difference.N2fValue, difference.AgressoValue));
    }
}
