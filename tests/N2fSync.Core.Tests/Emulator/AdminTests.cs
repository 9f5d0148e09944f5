using System.Net;
using System.Text.Json.Nodes;
using System.Text;
using N2fSync.Emulator;

namespace N2fSync.Tests.Emulator;

public sealed class AdminTests : EmulatorTestBase, IDisposable
{
    private HttpClient? _admin;

    private HttpClient Admin => _admin ??= new HttpClient { BaseAddress = Session.Emulator.AdminUrl };

    [Fact]
    public async Task Admin_Options_PatchSetsCultureQuotaAndFaults()
    {
        using var response = await PostAsync("options", """
            { "answerCulture": "fr", "tokenLifetimeSeconds": 120, "dateStyle": "ParisOffset",
              "quota": { "reads": 60, "writes": 10, "windowSeconds": 1 },
              "faults": { "next429Burst": 2, "retryAfterSeconds": 5, "seed": 42 } }
            """);

        var options = Session.Options;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fr", options.AnswerCulture);
        Assert.Equal(TimeSpan.FromMinutes(2), options.TokenLifetime);
        Assert.Equal(DateStyle.ParisOffset, options.DateStyle);
        Assert.Equal(10, options.Quota!.WritesPerWindow);
        Assert.Equal(TimeSpan.FromSeconds(1), options.Quota.Window);
        Assert.Equal(2, options.Faults.Next429Burst);
        Assert.Equal(42, options.Faults.Seed);
    }

    [Fact]
    public async Task Admin_Options_NullQuotaTurnsQuotaOff()
    {
        Session.Options.Quota = QuotaOptions.N2fDay;

        using var response = await PostAsync("options", """{ "quota": null }""");

        Assert.Null(Session.Options.Quota);
    }

    [Fact]
    public async Task Admin_Options_UnknownKey_Answers400AndChangesNothing()
    {
        using var response = await PostAsync("options", """{ "answerCulture": "en", "quotas": {} }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("quotas", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("nl", Session.Options.AnswerCulture);
    }

    [Fact]
    public async Task Admin_State_RoundTripsThroughGetAndPost()
    {
        Session.State.UpsertAxisValue("c-1", "projects", "PRJ-0042", "Rénovation école", new DateOnly(2026, 1, 1));
        var json = await Admin.GetStringAsync("state");
        Session.State.Clear();

        using var response = await PostAsync("state", json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(json, Session.State.ToJson());
    }

    [Fact]
    public async Task Admin_State_InvalidJson_Answers400()
    {
        using var response = await PostAsync("state", "{ not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Admin_SeedReference_SeedsAnEmptyState()
    {
        Session.State.Clear();

        using var response = await PostAsync("seed-reference", "");

        Assert.Equal(2, Session.State.Companies.Count);
    }

    [Fact]
    public async Task Admin_Requests_SummarisesAndClears()
    {
        Session.Requests.Clear();
        using (await Session.PostJsonAsync("users", UserPayload("ann.peeters@example.be", "Ann", "Peeters")))
        using (await Session.GetAsync("users"))
        {
        }

        var summary = JsonNode.Parse(await Admin.GetStringAsync("requests"))!;
        using var cleared = await Admin.DeleteAsync("requests");

        Assert.Equal(1, summary["writes"]!.GetValue<int>());
        Assert.Equal(1, summary["reads"]!.GetValue<int>());
        Assert.Equal(0, summary["status429"]!.GetValue<int>());
        Assert.Equal(1, summary["maxConcurrency"]!.GetValue<int>());
        Assert.Equal("/services/api/v2/users", summary["requests"]![0]!["path"]!.GetValue<string>());
        Assert.Equal(0, Session.Requests.Total);
    }

    [Fact]
    public async Task Admin_ExpireTokens_NextCallAnswers401()
    {
        using var expire = await PostAsync("expire-tokens", "");

        using var response = await Session.GetAsync("users");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public void Dispose() => _admin?.Dispose();

    private Task<HttpResponseMessage> PostAsync(string path, string json) =>
        Admin.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
}
