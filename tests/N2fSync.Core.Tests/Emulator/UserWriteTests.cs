using System.Net;
using System.Text.Json.Nodes;
using N2fSync.Emulator;

namespace N2fSync.Tests.Emulator;

public sealed class UserWriteTests : EmulatorTestBase
{
    [Fact]
    public async Task Users_Upsert_CreatesAndAnswersStoredUser()
    {
        using var response = await Session.PostJsonAsync("users", UserPayload("Ann.Peeters@example.be", "Ann", "Peeters"));

        var data = (await EmulatorSession.ReadJsonAsync(response))["response"]!["data"]!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ann.peeters@example.be", data["mail"]!.GetValue<string>());
        Assert.Equal("Gebruiker", data["role"]!.GetValue<string>());
        Assert.Equal(ReferenceData.RoleUserUuid, Session.State.FindUser("ann.peeters@example.be")!.RoleUuid);
    }

    [Fact]
    public async Task Users_UpsertIsCaseInsensitiveOnMail()
    {
        using var created = await Session.PostJsonAsync("users", UserPayload("Ann.Peeters@Example.BE", "Ann", "Peeters"));
        using var updated = await Session.PostJsonAsync("users", new JsonObject { ["mail"] = "ann.peeters@example.be", ["jobTitle"] = "Comptable" });

        var user = Assert.Single(Session.State.Users.Values);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("ann.peeters@example.be", user.Mail);
        Assert.Equal("Comptable", user.JobTitle);
    }

    [Fact]
    public async Task Users_Upsert_AbsentFieldsKeepTheirValue()
    {
        var payload = UserPayload("jean-luc.dubois@example.be", "Jean-Luc", "Dubois");
        payload["employeeNumber"] = "00123";
        payload["gotProPayment"] = true;
        Session.State.UpsertUser(payload);

        using var response = await Session.PostJsonAsync("users", new JsonObject { ["mail"] = "jean-luc.dubois@example.be", ["lastname"] = "Dubois-Lambert" });

        var user = Session.State.FindUser("jean-luc.dubois@example.be")!;
        Assert.Equal("Dubois-Lambert", user.Lastname);
        Assert.Equal("00123", user.EmployeeNumber);
        Assert.True(user.GotProPayment);
        Assert.Equal(ReferenceData.RoleUserUuid, user.RoleUuid);
    }

    [Fact]
    public async Task Users_Upsert_KeepsUuidAndCreatedAtOnUpdate()
    {
        var first = Session.State.UpsertUser(UserPayload("ann.peeters@example.be", "Ann", "Peeters"));

        using var response = await Session.PostJsonAsync("users", new JsonObject { ["mail"] = "ann.peeters@example.be", ["structure"] = "L2" });

        var second = Session.State.FindUser("ann.peeters@example.be")!;
        Assert.Equal(first.Uuid, second.Uuid);
        Assert.Equal(first.CreatedAt, second.CreatedAt);
    }

    [Fact]
    public async Task Users_RoleAcceptedInAnyCultureCaseInsensitively()
    {
        var payload = UserPayload("ann.peeters@example.be", "Ann", "Peeters");
        payload["role"] = " gebruiker ";
        payload["profile"] = "EXECUTIVE";

        using var response = await Session.PostJsonAsync("users", payload);

        var user = Session.State.FindUser("ann.peeters@example.be")!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReferenceData.RoleUserUuid, user.RoleUuid);
        Assert.Equal(ReferenceData.ProfileExecutiveUuid, user.ProfileUuid);
    }

    [Fact]
    public async Task Users_UnknownCompany_Answers400NamingField()
    {
        using var response = await Session.PostJsonAsync("users", UserPayload("ann.peeters@example.be", "Ann", "Peeters", company: "BE01"));

        var body = (await EmulatorSession.ReadJsonAsync(response))["response"]!;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("company", body["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("company", body["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(0, Session.State.UserCount);
    }

    [Fact]
    public async Task Users_UnknownRole_Answers400NamingField()
    {
        var payload = UserPayload("ann.peeters@example.be", "Ann", "Peeters");
        payload["role"] = "Directeur";

        using var response = await Session.PostJsonAsync("users", payload);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role 'Directeur'", await EmulatorSession.ReadMessageAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_UnknownManager_Answers400NamingField()
    {
        var payload = UserPayload("jean-luc.dubois@example.be", "Jean-Luc", "Dubois");
        payload["managerMail"] = "Ann.Peeters@example.be";

        using var response = await Session.PostJsonAsync("users", payload);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("managerMail", await EmulatorSession.ReadMessageAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_ExistingManager_IsStoredLowerCase()
    {
        Session.State.UpsertUser(UserPayload("ann.peeters@example.be", "Ann", "Peeters"));
        var payload = UserPayload("jean-luc.dubois@example.be", "Jean-Luc", "Dubois");
        payload["managerMail"] = "Ann.Peeters@Example.be";

        using var response = await Session.PostJsonAsync("users", payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ann.peeters@example.be", Session.State.FindUser("jean-luc.dubois@example.be")!.ManagerMail);
    }

    [Theory]
    [InlineData("fr", HttpStatusCode.OK)]
    [InlineData("nl-BE", HttpStatusCode.OK)]
    [InlineData("français", HttpStatusCode.BadRequest)]
    [InlineData("f", HttpStatusCode.BadRequest)]
    public async Task Users_Culture_MustBeTwoLettersOrLanguageRegion(string culture, HttpStatusCode expected)
    {
        var payload = UserPayload("ann.peeters@example.be", "Ann", "Peeters");
        payload["culture"] = culture;

        using var response = await Session.PostJsonAsync("users", payload);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ann.peeters.example.be")]
    public async Task Users_MissingOrInvalidMail_Answers400NamingMail(string? mail)
    {
        var payload = UserPayload("placeholder@example.be", "Ann", "Peeters");
        payload["mail"] = mail;

        using var response = await Session.PostJsonAsync("users", payload);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("mail", await EmulatorSession.ReadMessageAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_FlagSentAsText_Answers400NamingField()
    {
        var payload = UserPayload("ann.peeters@example.be", "Ann", "Peeters");
        payload["gotProPayment"] = "1";

        using var response = await Session.PostJsonAsync("users", payload);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("gotProPayment", await EmulatorSession.ReadMessageAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_Delete_IsCaseInsensitiveOnUrlEncodedMail()
    {
        Session.State.UpsertUser(UserPayload("chloe.o'neil@example.be", "Chloé", "O'Neil", ReferenceData.Company2Uuid));

        using var response = await Session.DeleteAsync("users/" + Uri.EscapeDataString("Chloe.O'Neil@example.be"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, Session.State.UserCount);
    }

    [Fact]
    public async Task Users_DeleteUnknown_Answers404WithBody()
    {
        using var response = await Session.DeleteAsync("users/" + Uri.EscapeDataString("nobody@example.be"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("nobody@example.be", await EmulatorSession.ReadMessageAsync(response), StringComparison.Ordinal);
    }
}
