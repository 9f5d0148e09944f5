using System.Net;
using System.Text.Json.Nodes;
using N2fSync.Emulator;

namespace N2fSync.Tests.Emulator;

public sealed class AxisValueTests : EmulatorTestBase
{
    private const string C1Plates = "companies/c-1/axes/" + ReferenceData.Company1PlaqueAxisUuid;

    [Fact]
    public async Task AxisValues_Upsert_CreatesValueWithTechnicalFields()
    {
        using var response = await Session.PostJsonAsync("companies/c-1/axes/projects", AxisValuePayload("PRJ-0042", "Rénovation école"));

        var value = (await Session.GetDataAsync("companies/c-1/axes/projects"))[0]!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PRJ-0042", value["code"]!.GetValue<string>());
        Assert.Equal("Rénovation école", value["names"]![0]!["value"]!.GetValue<string>());
        Assert.Equal("2026-01-01T00:00:00Z", value["validityDateFrom"]!.GetValue<string>());
        Assert.True(value.AsObject().ContainsKey("validityDateTo"));
        Assert.Null(value["validityDateTo"]);
        Assert.Equal("projects", value["axisId"]!.GetValue<string>());
        Assert.Equal("c-1", value["companyUuid"]!.GetValue<string>());
    }

    [Fact]
    public async Task AxisValues_SameCodeInTwoCompaniesAreDistinct()
    {
        using var first = await Session.PostJsonAsync("companies/c-1/axes/projects", AxisValuePayload("PRJ-0042", "Rénovation école"));
        using var second = await Session.PostJsonAsync("companies/c-2/axes/projects", AxisValuePayload("PRJ-0042", "Renovatie school"));

        var c1 = Session.State.FindAxisValue("c-1", "projects", "PRJ-0042")!;
        var c2 = Session.State.FindAxisValue("c-2", "projects", "PRJ-0042")!;
        Assert.Equal(2, Session.State.AxisValues.Count);
        Assert.NotEqual(c1.Uuid, c2.Uuid);
        Assert.Equal("Rénovation école", c1.Names[0].Value);
        Assert.Equal("Renovatie school", c2.Names[0].Value);
    }

    [Fact]
    public async Task AxisValues_UpsertIsKeyedByTrimmedExactCode()
    {
        using var created = await Session.PostJsonAsync(C1Plates, AxisValuePayload("1-ABC-123", "Škoda Octavia"));
        using var updated = await Session.PostJsonAsync(C1Plates, AxisValuePayload(" 1-ABC-123 ", "Škoda Superb"));
        using var other = await Session.PostJsonAsync(C1Plates, AxisValuePayload("1-abc-123", "Another car"));

        var values = Session.State.GetAxisValues("c-1", ReferenceData.Company1PlaqueAxisUuid);
        Assert.Equal(["1-ABC-123", "1-abc-123"], values.Select(v => v.Code));
        Assert.Equal("Škoda Superb", values[0].Names[0].Value);
    }

    [Fact]
    public async Task AxisValues_Upsert_AbsentFieldsKeepTheirValue()
    {
        Session.State.UpsertAxisValue("c-1", "projects", "PRJ-0042", "Rénovation école", new DateOnly(2026, 1, 1), new DateOnly(2027, 6, 30));

        using var response = await Session.PostJsonAsync("companies/c-1/axes/projects", new JsonObject { ["code"] = "PRJ-0042", ["validityDateTo"] = null });

        var value = Session.State.FindAxisValue("c-1", "projects", "PRJ-0042")!;
        Assert.Equal("Rénovation école", value.Names[0].Value);
        Assert.Equal(new DateOnly(2026, 1, 1), value.ValidityDateFrom);
        Assert.Null(value.ValidityDateTo);
    }

    [Fact]
    public async Task AxisValues_MissingCode_Answers400NamingField()
    {
        var payload = AxisValuePayload("x", "Frais de représentation");
        payload.Remove("code");

        using var response = await Session.PostJsonAsync("companies/c-2/axes/" + ReferenceData.Company2SubpostAxisUuid, payload);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("code", await EmulatorSession.ReadMessageAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AxisValues_DayFirstDate_Answers400NamingField()
    {
        using var response = await Session.PostJsonAsync("companies/c-1/axes/projects", AxisValuePayload("PRJ-7", "Étude", from: "31/12/2026"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("validityDateFrom", await EmulatorSession.ReadMessageAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AxisValues_AxisOfAnotherCompany_Answers404()
    {
        using var response = await Session.GetAsync("companies/c-2/axes/" + ReferenceData.Company1PlaqueAxisUuid);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(ReferenceData.Company1PlaqueAxisUuid, await EmulatorSession.ReadMessageAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AxisValues_UnknownCompany_Answers404()
    {
        using var response = await Session.PostJsonAsync("companies/c-3/axes/projects", AxisValuePayload("PRJ-1", "Projet"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AxisValues_Delete_RemovesOnlyThatCompanyAndAxis()
    {
        Session.State.UpsertAxisValue("c-1", "projects", "SP-7", "Projet");
        Session.State.UpsertAxisValue("c-2", "projects", "SP-7", "Projet");
        Session.State.UpsertAxisValue("c-1", ReferenceData.Company1SubpostAxisUuid, "SP-7", "Frais de représentation");

        using var response = await Session.DeleteAsync($"companies/c-1/axes/{ReferenceData.Company1SubpostAxisUuid}/SP-7");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Session.State.FindAxisValue("c-1", ReferenceData.Company1SubpostAxisUuid, "SP-7"));
        Assert.Equal(2, Session.State.AxisValues.Count);
    }

    [Fact]
    public async Task AxisValues_Delete_DecodesReservedCharactersInCode()
    {
        Session.State.UpsertAxisValue("c-1", "projects", "PRJ 12/B", "Projet à Liège");

        using var response = await Session.DeleteAsync("companies/c-1/axes/projects/" + Uri.EscapeDataString("PRJ 12/B"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Session.State.AxisValues);
    }

    [Fact]
    public async Task AxisValues_DeleteUnknownCode_Answers404()
    {
        using var response = await Session.DeleteAsync("companies/c-1/axes/projects/PRJ-404");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("PRJ-404", await EmulatorSession.ReadMessageAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AxisValues_DateStyleParisOffset_AnswersSameCalendarDay()
    {
        Session.State.UpsertAxisValue("c-1", "projects", "PRJ-W", "Hiver", new DateOnly(2026, 1, 1), new DateOnly(2026, 7, 1));
        Session.Options.DateStyle = DateStyle.ParisOffset;

        var value = (await Session.GetDataAsync("companies/c-1/axes/projects"))[0]!;

        Assert.Equal("2026-01-01T01:00:00+01:00", value["validityDateFrom"]!.GetValue<string>());
        Assert.Equal("2026-07-01T02:00:00+02:00", value["validityDateTo"]!.GetValue<string>());
    }

    [Fact]
    public async Task AxisValues_DateWithOffset_IsReadAsTheDayWritten()
    {
        using var response = await Session.PostJsonAsync("companies/c-1/axes/projects", AxisValuePayload("PRJ-P", "Paris", from: "2026-01-01T00:30:00+01:00"));

        Assert.Equal(new DateOnly(2026, 1, 1), Session.State.FindAxisValue("c-1", "projects", "PRJ-P")!.ValidityDateFrom);
    }

    [Fact]
    public async Task AxisValues_Paging_FinalFullPageIsFollowedByEmptyPage()
    {
        for (var i = 1; i <= 4; i++)
        {
            Session.State.UpsertAxisValue("c-2", ReferenceData.Company2PlaqueAxisUuid, $"1-ABC-{i:000}", $"Véhicule {i}");
        }

        var path = "companies/c-2/axes/" + ReferenceData.Company2PlaqueAxisUuid;
        var second = await Session.GetDataAsync(path + "?start=2&limit=2");
        var third = await Session.GetDataAsync(path + "?start=4&limit=2");

        Assert.Equal(2, second.Count);
        Assert.Empty(third);
    }
}
