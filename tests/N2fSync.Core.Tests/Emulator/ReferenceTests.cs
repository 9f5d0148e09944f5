using System.Net;
using System.Text.Json.Nodes;
using N2fSync.Emulator;

namespace N2fSync.Tests.Emulator;

public sealed class ReferenceTests : EmulatorTestBase
{
    [Theory]
    [InlineData("roles", "Gebruiker")]
    [InlineData("userprofiles", "Kader")]
    public async Task RolesAndProfiles_ArrayDirectlyInResponseWithNamesPerCulture(string path, string dutchName)
    {
        var response = (await Session.GetJsonAsync(path))["response"]!;

        var items = Assert.IsType<JsonArray>(response);
        var names = items.SelectMany(i => i!["names"]!.AsArray()).ToList();
        Assert.Contains(names, n => n!["culture"]!.GetValue<string>() == "nl" && n["value"]!.GetValue<string>() == dutchName);
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i!["uuid"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Companies_AreDataListWithUuidCodeAndName()
    {
        var companies = await Session.GetDataAsync("companies?start=0&limit=200");

        Assert.Equal(["BE01", "BE02"], companies.Select(c => c!["code"]!.GetValue<string>()));
        Assert.Equal(["c-1", "c-2"], companies.Select(c => c!["uuid"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Companies_Paging_FinalFullPageIsFollowedByEmptyPage()
    {
        var second = await Session.GetDataAsync("companies?start=1&limit=1");
        var third = await Session.GetDataAsync("companies?start=2&limit=1");

        Assert.Single(second);
        Assert.Empty(third);
    }

    [Fact]
    public async Task Axes_PlaqueAndSubpostUuidsDifferPerCompany()
    {
        var first = await Session.GetDataAsync("companies/c-1/axes");
        var second = await Session.GetDataAsync("companies/c-2/axes");

        Assert.Equal(ReferenceData.Company1PlaqueAxisUuid, AxisNamed(first, "plaque"));
        Assert.Equal(ReferenceData.Company2PlaqueAxisUuid, AxisNamed(second, "plaque"));
        Assert.NotEqual(AxisNamed(first, "subpost"), AxisNamed(second, "subpost"));
    }

    [Fact]
    public async Task Axes_UnknownCompany_Answers404WithBody()
    {
        using var response = await Session.GetAsync("companies/c-404/axes");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("c-404", await EmulatorSession.ReadMessageAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRoute_Answers404WithBody()
    {
        using var response = await Session.GetAsync("expenses");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("expenses", await EmulatorSession.ReadMessageAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongMethodOnKnownRoute_AnswersErrorWithBody()
    {
        using var response = await Session.Http.PutAsync("roles", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("PUT", await EmulatorSession.ReadMessageAsync(response), StringComparison.Ordinal);
    }

    private static string AxisNamed(JsonArray axes, string frenchName) =>
        axes.Single(a => a!["names"]!.AsArray().Any(n => n!["culture"]!.GetValue<string>() == "fr" && n["value"]!.GetValue<string>() == frenchName))!
            ["uuid"]!.GetValue<string>();
}
