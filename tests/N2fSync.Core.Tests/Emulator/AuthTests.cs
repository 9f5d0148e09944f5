using System.Globalization;
using System.Net.Http.Headers;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using N2fSync.Emulator;

namespace N2fSync.Tests.Emulator;

public sealed class AuthTests : EmulatorTestBase
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 14, 54, 35, TimeSpan.Zero));

    protected override EmulatorOptions CreateOptions() => new() { TimeProvider = _clock };

    [Fact]
    public async Task Auth_ValidCredentials_AnswersTokenAndValidityInUtcWithSevenDigits()
    {
        _clock.Advance(TimeSpan.FromTicks(8185075));
        using var response = await Session.PostJsonAsync("auth", Credentials("test-client", "test-secret"));

        var body = (await EmulatorSession.ReadJsonAsync(response))["response"]!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(body["token"]!.GetValue<string>()));
        Assert.Equal("2026-11-24T15:54:35.8185075Z", body["validity"]!.GetValue<string>());
    }

    [Fact]
    public async Task Auth_WrongSecret_Answers401WithoutEchoingSecret()
    {
        using var response = await Session.PostJsonAsync("auth", Credentials("test-client", "S3cr3t-Ré'sumé"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Invalid client credentials", text, StringComparison.Ordinal);
        Assert.DoesNotContain("S3cr3t", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auth_MissingSecret_Answers400WithMessage()
    {
        using var response = await Session.PostJsonAsync("auth", new JsonObject { ["client_id"] = "test-client" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("client_secret", await EmulatorSession.ReadMessageAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auth_AddedClient_CanAuthenticate()
    {
        Session.State.AddClient("agresso-sync", "another-secret");

        using var response = await Session.PostJsonAsync("auth", Credentials("agresso-sync", "another-secret"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_Missing_Answers401WithBody()
    {
        Session.Http.DefaultRequestHeaders.Authorization = null;

        using var response = await Session.GetAsync("users");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", await EmulatorSession.ReadMessageAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_Unknown_Answers401Invalid()
    {
        Session.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        using var response = await Session.GetAsync("users");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Token invalid", await EmulatorSession.ReadMessageAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_Expired_Answers401()
    {
        _clock.Advance(TimeSpan.FromHours(1));

        using var response = await Session.GetAsync("users");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Token expired", await EmulatorSession.ReadMessageAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_JustBeforeValidity_IsAccepted()
    {
        _clock.Advance(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1));

        using var response = await Session.GetAsync("users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_ExpireTokensHook_Answers401UntilNewAuth()
    {
        Session.State.ExpireTokens();
        using var expired = await Session.GetAsync("users");
        await Session.AuthenticateAsync();
        using var renewed = await Session.GetAsync("users");

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
    }

    [Fact]
    public async Task Token_LifetimeOption_SetsValidity()
    {
        Session.Options.TokenLifetime = TimeSpan.FromMinutes(5);

        using var response = await Session.PostJsonAsync("auth", Credentials("test-client", "test-secret"));

        var validity = (await EmulatorSession.ReadJsonAsync(response))["response"]!["validity"]!.GetValue<string>();
        Assert.Equal(_clock.GetUtcNow().AddMinutes(5), DateTimeOffset.Parse(validity, CultureInfo.InvariantCulture));
    }

    private static JsonObject Credentials(string id, string secret) => new() { ["client_id"] = id, ["client_secret"] = secret };
}
