using System.Text.Json.Nodes;
using N2fSync.Emulator;

namespace N2fSync.Tests.Emulator;

public sealed class StateTests
{
    [Fact]
    public void State_New_HasDefaultClientOnly()
    {
        var state = new EmulatorState();

        Assert.Equal("test-secret", state.Clients["test-client"]);
        Assert.Empty(state.Companies);
    }

    [Fact]
    public void State_SeedReference_HasCompaniesRolesProfilesAndAxesOfTheSpec()
    {
        var state = new EmulatorState();

        state.SeedReference();

        Assert.Equal(["BE01", "BE02"], state.Companies.Select(c => c.Code));
        Assert.Equal(["Utilisateur", "Manager", "Administrateur"], state.Roles.Select(r => r.NameIn("fr")));
        Assert.Equal(["Gebruiker", "Manager", "Beheerder"], state.Roles.Select(r => r.NameIn("nl")));
        Assert.Equal(["Standard", "Executive"], state.Profiles.Select(p => p.NameIn("en")));
        Assert.Equal(["plaque", "subpost"], state.Axes["c-2"].Select(a => a.Names[0].Value));
        Assert.NotEqual(state.Axes["c-1"][0].Uuid, state.Axes["c-2"][0].Uuid);
    }

    [Fact]
    public void State_JsonRoundTrip_KeepsEverything()
    {
        var state = SeededWithData();
        var json = state.ToJson();
        var copy = new EmulatorState();

        copy.LoadJson(json);

        Assert.Equal(json, copy.ToJson());
        Assert.Equal("O'Neil", copy.FindUser("chloe.o'neil@example.be")!.Lastname);
        Assert.Equal(new DateOnly(2028, 3, 14), copy.FindAxisValue("c-1", ReferenceData.Company1PlaqueAxisUuid, "1-ABC-123")!.ValidityDateTo);
    }

    [Fact]
    public void State_Json_DoesNotHoldTokens()
    {
        var state = SeededWithData();
        var (token, _) = state.IssueToken("test-client", TimeSpan.FromHours(1));

        Assert.DoesNotContain(token, state.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void State_LoadJson_UnknownCompany_ThrowsAndLeavesStateUntouched()
    {
        var state = SeededWithData();
        var before = state.ToJson();
        var bad = JsonNode.Parse(before)!;
        bad["users"]![0]!["company"] = "c-404";

        Assert.Throws<ArgumentException>(() => state.LoadJson(bad.ToJsonString()));

        Assert.Equal(before, state.ToJson());
    }

    [Fact]
    public void State_LoadJson_WithoutClients_KeepsCurrentClients()
    {
        var state = new EmulatorState();
        state.AddClient("demo", "demo-secret");

        state.LoadJson("""{ "companies": [ { "uuid": "c-9", "code": "LU01", "name": "Exemple Luxembourg" } ] }""");

        Assert.Equal("demo-secret", state.Clients["demo"]);
        Assert.Equal("LU01", Assert.Single(state.Companies).Code);
    }

    [Fact]
    public void State_UpsertUserPayload_InvalidRole_ThrowsNamingField()
    {
        var state = new EmulatorState();
        state.SeedReference();

        var error = Assert.Throws<EmulatorValidationException>(() => state.UpsertUser(new JsonObject
        {
            ["mail"] = "ann.peeters@example.be",
            ["company"] = "c-1",
            ["role"] = "Chef",
        }));

        Assert.Equal("role", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public void State_AddAxis_UnknownCompany_Throws()
    {
        var state = new EmulatorState();

        Assert.Throws<ArgumentException>(() => state.AddAxis("c-404", "axis-1", ("fr", "plaque")));
    }

    [Fact]
    public void State_ClientToString_HidesSecret()
    {
        var client = new EmulatedClient("test-client", "test-secret");

        Assert.DoesNotContain("test-secret", client.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void State_Clear_KeepsClients()
    {
        var state = SeededWithData();

        state.Clear();

        Assert.Empty(state.Companies);
        Assert.Empty(state.AxisValues);
        Assert.Equal(0, state.UserCount);
        Assert.Single(state.Clients);
    }

    private static EmulatorState SeededWithData()
    {
        var state = new EmulatorState();
        state.SeedReference();
        state.UpsertUser(new JsonObject
        {
            ["mail"] = "Ann.Peeters@example.be",
            ["firstname"] = "Ann",
            ["company"] = "c-1",
            ["role"] = "Manager",
            ["gotProPayment"] = true,
        });
        state.UpsertUser(new JsonObject
        {
            ["mail"] = "chloe.o'neil@example.be",
            ["firstname"] = "Chloé",
            ["lastname"] = "O'Neil",
            ["company"] = "c-2",
            ["managerMail"] = "ann.peeters@example.be",
        });
        state.UpsertAxisValue("c-1", ReferenceData.Company1PlaqueAxisUuid, "1-ABC-123", "Škoda Octavia", new DateOnly(2024, 3, 15), new DateOnly(2028, 3, 14));
        state.UpsertAxisValue("c-2", ReferenceData.Company2SubpostAxisUuid, "SP-7", "Frais de représentation");
        return state;
    }
}
