using N2fSync.Emulator;
using N2fSync.N2f;

namespace N2fSync.Tests.N2f;

/// <summary>domain.md §2.1 and §2.3: the envelope in both shapes, and paging until a short page.</summary>
public sealed class N2fReaderTests
{
    private static readonly string[] People =
    [
        "Ann.Peeters@example.be", "jean-luc.dubois@example.be", "chloe.o'neil@example.be",
        "Marie-Thérèse.Lambert@example.be", "Koen.Van.den.Broeck@example.be",
    ];

    private static void Seed(EmulatorState state, IEnumerable<string> mails, string company = ReferenceData.Company1Uuid)
    {
        foreach (var mail in mails)
            state.UpsertUser(new EmulatedUser { Mail = mail, Firstname = "Prénom", Lastname = "Nom", Company = company });
    }

    private static List<string> UserPageQueries(ClientHarness n2f) =>
        [.. n2f.ApiRequests.Where(r => r.Path.EndsWith("/users", StringComparison.Ordinal)).Select(r => r.Query)];

    [Fact]
    public async Task ReadUsers_ReadsPagesUntilAShortPage()
    {
        await using var n2f = await ClientHarness.StartAsync();
        Seed(n2f.State, People);
        var reader = new N2fReader(n2f.Client, pageSize: 2);
        var directory = await reader.ReadDirectoryAsync(default);

        var mails = new List<string>();
        await reader.ReadUsersAsync(directory, u => mails.Add(u.Mail), default);

        Assert.Equal(People.Select(m => m.ToLowerInvariant()), mails);
        Assert.Equal(["start=0&limit=2", "start=2&limit=2", "start=4&limit=2"], UserPageQueries(n2f));
    }

    [Fact]
    public async Task ReadUsers_FinalPageOfExactlyThePageSize_IsFollowedByOneEmptyPage()
    {
        await using var n2f = await ClientHarness.StartAsync();
        Seed(n2f.State, People.Take(4));
        var reader = new N2fReader(n2f.Client, pageSize: 2);
        var directory = await reader.ReadDirectoryAsync(default);

        var count = 0;
        await reader.ReadUsersAsync(directory, _ => count++, default);

        Assert.Equal(4, count);
        Assert.Equal(["start=0&limit=2", "start=2&limit=2", "start=4&limit=2"], UserPageQueries(n2f));
    }

    [Fact]
    public async Task ReadUsers_FourHundredUsersInPagesOf200_TakeThreeGets()
    {
        await using var n2f = await ClientHarness.StartAsync();
        Seed(n2f.State, Enumerable.Range(1, 400).Select(i => $"Agent.{i:000}@example.be"));
        var reader = new N2fReader(n2f.Client, pageSize: 200);
        var directory = await reader.ReadDirectoryAsync(default);

        var mails = new HashSet<string>();
        await reader.ReadUsersAsync(directory, u => mails.Add(u.Mail), default);

        Assert.Equal(400, mails.Count);
        Assert.Equal(["start=0&limit=200", "start=200&limit=200", "start=400&limit=200"], UserPageQueries(n2f));
    }

    [Fact]
    public async Task ReadUsers_ResolvesTheCompanyCodeAndKeepsTheRoleAsAnswered()
    {
        await using var n2f = await ClientHarness.StartAsync(emulator: o => o.AnswerCulture = "nl");
        n2f.State.UpsertUser(new System.Text.Json.Nodes.JsonObject
        {
            ["mail"] = "Chloe.O'Neil@example.be", ["firstname"] = "Chloé", ["lastname"] = "O'Neil",
            ["company"] = ReferenceData.Company2Uuid, ["role"] = "Utilisateur", ["profile"] = "Standard",
        });
        var reader = new N2fReader(n2f.Client, pageSize: 200);
        var directory = await reader.ReadDirectoryAsync(default);

        var users = new List<N2fUser>();
        await reader.ReadUsersAsync(directory, users.Add, default);

        var chloe = Assert.Single(users);
        Assert.Equal("chloe.o'neil@example.be", chloe.Mail);
        Assert.Equal(("Chloé", "O'Neil"), (chloe.FirstName, chloe.LastName));
        Assert.Equal(("c-2", "BE02"), (chloe.CompanyId, chloe.CompanyCode));
        Assert.Equal(("Gebruiker", "Standaard"), (chloe.Role, chloe.Profile));
    }

    [Theory]
    [InlineData("roles", 3)]
    [InlineData("userprofiles", 2)]
    public async Task ReadNames_ArrayDirectlyInResponse_IsParsed(string path, int identities)
    {
        await using var n2f = await ClientHarness.StartAsync();
        var body = await n2f.Client.GetAsync(path, default);
        Assert.StartsWith("{\"response\":[", body, StringComparison.Ordinal);

        var names = await new N2fReader(n2f.Client, 200).ReadNamesAsync(path, default);

        Assert.Equal(identities, names.Count);
        Assert.All(names, n => Assert.Equal(["fr", "nl", "en"], n.Select(x => x.Culture)));
    }

    [Fact]
    public async Task ReadNames_ListInResponseData_IsParsedToo()
    {
        await using var n2f = await ClientHarness.StartAsync();

        var axes = await new N2fReader(n2f.Client, 200).ReadNamesAsync("companies/c-2/axes", default);

        Assert.Equal(["plaque", "subpost"], axes.Select(a => a.Single(n => n.Culture == "fr").Value));
    }

    [Fact]
    public async Task ReadDirectory_BuildsCompaniesByCodeAndUuid()
    {
        await using var n2f = await ClientHarness.StartAsync();

        var directory = await new N2fReader(n2f.Client, 200).ReadDirectoryAsync(default);

        Assert.Equal(2, directory.Companies.Count);
        Assert.True(directory.TryGetCompanyByCode(" be02 ", out var wallonie));
        Assert.Equal(new N2fCompany("c-2", "BE02", "Voorbeeld België NV"), wallonie);
        Assert.True(directory.TryGetCompanyByUuid("c-1", out var belgique));
        Assert.Equal("BE01", belgique.Code);
        Assert.False(directory.TryGetCompanyByCode("LU01", out _));
    }

    [Theory]
    [InlineData("Gebruiker", "Utilisateur")]
    [InlineData("user", "Utilisateur")]
    [InlineData("Beheerder", "Administrateur")]
    [InlineData("Manager", "Manager")]
    public async Task ReadDirectory_RoleMapTranslatesEveryCultureToFrench(string answered, string french)
    {
        await using var n2f = await ClientHarness.StartAsync();

        var directory = await new N2fReader(n2f.Client, 200).ReadDirectoryAsync(default);

        Assert.True(directory.Roles.TryTranslate(answered, out var translated));
        Assert.Equal(french, translated);
    }

    [Fact]
    public async Task ReadDirectory_ProfileMapTranslatesEveryCultureToFrench()
    {
        await using var n2f = await ClientHarness.StartAsync();

        var directory = await new N2fReader(n2f.Client, 200).ReadDirectoryAsync(default);

        Assert.True(directory.Profiles.TryTranslate("Kader", out var cadre));
        Assert.Equal("Cadre", cadre);
        Assert.Equal(["Cadre", "Standard"], directory.Profiles.FrenchNames);
        Assert.False(directory.Profiles.TryTranslate("Stagiaire", out _));
    }

    [Fact]
    public async Task ReadDirectory_CostsThreeReads()
    {
        await using var n2f = await ClientHarness.StartAsync();

        await new N2fReader(n2f.Client, 200).ReadDirectoryAsync(default);

        Assert.Equal(["/services/api/v2/companies", "/services/api/v2/roles", "/services/api/v2/userprofiles"],
            n2f.ApiRequests.Select(r => r.Path));
    }
}
