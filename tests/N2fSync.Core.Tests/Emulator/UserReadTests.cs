using System.Net;
using System.Text.Json.Nodes;
using N2fSync.Emulator;

namespace N2fSync.Tests.Emulator;

public sealed class UserReadTests : EmulatorTestBase
{
    [Fact]
    public async Task Users_Paging_FinalFullPageIsFollowedByEmptyPage()
    {
        SeedUsers(4);

        var first = await Session.GetDataAsync("users?start=0&limit=2");
        var second = await Session.GetDataAsync("users?start=2&limit=2");
        var third = await Session.GetDataAsync("users?start=4&limit=2");

        Assert.Equal(2, first.Count);
        Assert.Equal(2, second.Count);
        Assert.Empty(third);
    }

    [Fact]
    public async Task Users_Paging_KeepsInsertionOrder()
    {
        SeedUsers(5);

        var mails = new List<string>();
        for (var start = 0; start < 5; start += 2)
        {
            mails.AddRange((await Session.GetDataAsync($"users?start={start}&limit=2")).Select(u => u!["mail"]!.GetValue<string>()));
        }

        Assert.Equal(Session.State.Users.Keys, mails);
    }

    [Fact]
    public async Task Users_Paging_DefaultLimitIsMaxPageSize()
    {
        SeedUsers(205);

        var page = await Session.GetDataAsync("users");

        Assert.Equal(200, page.Count);
    }

    [Fact]
    public async Task Users_Paging_LimitAboveMaximum_Answers400()
    {
        using var response = await Session.GetAsync("users?start=0&limit=201");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("limit", await EmulatorSession.ReadMessageAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_Paging_NegativeStart_Answers400()
    {
        using var response = await Session.GetAsync("users?start=-1&limit=10");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Users_BooleansAreJsonBooleans_AndUnsetOptionalFieldsAreOmitted()
    {
        var payload = UserPayload("ann.peeters@example.be", "Ann", "Peeters");
        payload["gotProPayment"] = true;
        payload["canCreateVehicle"] = false;
        Session.State.UpsertUser(payload);

        var user = (await Session.GetDataAsync("users"))[0]!.AsObject();

        Assert.True(user["gotProPayment"]!.GetValue<bool>());
        Assert.False(user["canCreateVehicle"]!.GetValue<bool>());
        Assert.False(user.ContainsKey("jobTitle"));
        Assert.True(user.ContainsKey("managerMail"));
        Assert.Null(user["managerMail"]);
        Assert.False(string.IsNullOrEmpty(user["uuid"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(user["createdAt"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Users_AccentsAndApostrophes_RoundTripUnchanged()
    {
        Session.State.UpsertUser(UserPayload("chloe.o'neil@example.be", "Chloé", "O'Neil", ReferenceData.Company2Uuid));

        var user = (await Session.GetDataAsync("users"))[0]!;

        Assert.Equal("chloe.o'neil@example.be", user["mail"]!.GetValue<string>());
        Assert.Equal("Chloé", user["firstname"]!.GetValue<string>());
        Assert.Equal("O'Neil", user["lastname"]!.GetValue<string>());
        Assert.Equal(ReferenceData.Company2Uuid, user["company"]!.GetValue<string>());
    }

    [Fact]
    public async Task Users_RoleAnsweredInAnswerCulture()
    {
        var payload = UserPayload("jean-luc.dubois@example.be", "Jean-Luc", "Dubois");
        payload["role"] = "Utilisateur";
        payload["profile"] = "Cadre";
        Session.State.UpsertUser(payload);

        var dutch = (await Session.GetDataAsync("users"))[0]!;
        Session.Options.AnswerCulture = "en";
        var english = (await Session.GetDataAsync("users"))[0]!;

        Assert.Equal("Gebruiker", dutch["role"]!.GetValue<string>());
        Assert.Equal("Kader", dutch["profile"]!.GetValue<string>());
        Assert.Equal("User", english["role"]!.GetValue<string>());
        Assert.Equal("Executive", english["profile"]!.GetValue<string>());
    }

    private void SeedUsers(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            Session.State.UpsertUser(new EmulatedUser
            {
                Mail = $"user{i:000}@example.be",
                Firstname = "Émile",
                Lastname = $"D'Hondt {i}",
                Company = ReferenceData.Company1Uuid,
                RoleUuid = ReferenceData.RoleUserUuid,
            });
        }
    }
}
