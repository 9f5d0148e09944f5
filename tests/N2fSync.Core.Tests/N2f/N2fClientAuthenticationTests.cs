using N2fSync.N2f.Http;
using N2fSync.N2f;

namespace N2fSync.Tests.N2f;

/// <summary>domain.md §2.2: one token reused until its validity minus the safety margin; one re-authentication on 401.</summary>
public sealed class N2fClientAuthenticationTests
{
    private static readonly DateTimeOffset Monday0800 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ManyCalls_AuthenticateOnceAndShareOneToken()
    {
        await using var n2f = await ClientHarness.StartAsync();

        await n2f.Client.GetAsync("roles", default);
        await n2f.Client.GetAsync("userprofiles", default);
        await n2f.Client.GetAsync("companies?start=0&limit=200", default);
        await n2f.Client.PostAsync("users", UserJson("ann.peeters@example.be", "Ann", "Peeters"), default);
        await n2f.Client.GetAsync("users?start=0&limit=200", default);

        Assert.Equal(1, n2f.Authentications);
        Assert.Equal(1, n2f.Client.Stats.Authentications);
        Assert.Single(n2f.Wire.TokensSent);
        Assert.Equal(5, n2f.ApiRequests.Count);
    }

    [Fact]
    public async Task Token_IsKeptUntilValidityMinusMargin()
    {
        var clock = new SteppingClock(Monday0800);
        await using var n2f = await ClientHarness.StartAsync(clock: clock,
            emulator: o => o.TokenLifetime = TimeSpan.FromHours(1), client: o => o.TokenSafetyMarginSeconds = 60);
        await n2f.Client.GetAsync("roles", default);

        clock.Advance(TimeSpan.FromMinutes(58) + TimeSpan.FromSeconds(59));
        await n2f.Client.GetAsync("roles", default);

        Assert.Equal(1, n2f.Authentications);
    }

    [Fact]
    public async Task Token_IsRenewedOnceValidityMinusMarginHasPassed_BeforeN2fRefusesIt()
    {
        var clock = new SteppingClock(Monday0800);
        await using var n2f = await ClientHarness.StartAsync(clock: clock,
            emulator: o => o.TokenLifetime = TimeSpan.FromHours(1), client: o => o.TokenSafetyMarginSeconds = 60);
        await n2f.Client.GetAsync("roles", default);

        clock.Advance(TimeSpan.FromMinutes(59) + TimeSpan.FromSeconds(1));
        await n2f.Client.GetAsync("roles", default);

        Assert.Equal(2, n2f.Authentications);
        Assert.Equal(2, n2f.Wire.TokensSent.Count);
        Assert.Equal(0, n2f.Requests.Count(401));
    }

    [Fact]
    public async Task TokenRevokedMidRun_OneReauthenticationAndTheCallSucceeds()
    {
        await using var n2f = await ClientHarness.StartAsync();
        await n2f.Client.GetAsync("roles", default);

        n2f.State.ExpireTokens();
        var body = await n2f.Client.GetAsync("companies?start=0&limit=200", default);

        Assert.Contains("\"BE02\"", body, StringComparison.Ordinal);
        Assert.Equal(2, n2f.Authentications);
        Assert.Equal(1, n2f.Requests.Count(401));
        Assert.Equal([401, 200], n2f.ApiRequests.Skip(1).Select(r => r.Status));
    }

    [Fact]
    public async Task TokenRevokedMidRun_WriteIsSentAgainWithTheNewToken()
    {
        await using var n2f = await ClientHarness.StartAsync();
        await n2f.Client.GetAsync("roles", default);

        n2f.State.ExpireTokens();
        var response = await n2f.Client.PostAsync("users", UserJson("chloe.o'neil@example.be", "Chloé", "O'Neil"), default);

        Assert.True(response.IsSuccess);
        Assert.Equal("Chloé", n2f.State.FindUser("chloe.o'neil@example.be")!.Firstname);
        Assert.Equal(2, n2f.Authentications);
    }

    [Fact]
    public async Task TokenRefusedAgainAfterReauthentication_FailsWith401WithoutAThirdAttempt()
    {
        // Every token the emulator issues is dead on arrival: re-authenticating once cannot help, looping would not either.
        await using var n2f = await ClientHarness.StartAsync(emulator: o => o.TokenLifetime = TimeSpan.Zero);

        var error = await Assert.ThrowsAsync<N2fApiException>(() => n2f.Client.GetAsync("roles", default));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("Token expired: authenticate again with POST auth.", error.N2fMessage);
        Assert.Equal(2, n2f.Authentications);
        Assert.Equal(2, n2f.ApiRequests.Count);
    }

    [Fact]
    public async Task WrongSecret_Is401ApiExceptionThatDoesNotQuoteTheSecret()
    {
        const string wrongSecret = "Wr0ng-s3cret-de-Liège";
        await using var n2f = await ClientHarness.StartAsync(
            credentials: new N2fCredentials("test-client", wrongSecret));

        var error = await Assert.ThrowsAsync<N2fApiException>(() => n2f.Client.GetAsync("roles", default));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("auth", error.Path);
        Assert.Contains("Invalid client credentials.", error.N2fMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongSecret, error.ToString(), StringComparison.Ordinal);
        Assert.All(n2f.Log.Messages, m => Assert.DoesNotContain(wrongSecret, m, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WrongSecret_IsNotRetriedAndNoApiCallIsSent()
    {
        await using var n2f = await ClientHarness.StartAsync(
            credentials: new N2fCredentials("test-client", "Wr0ng-s3cret-de-Liège"));

        await Assert.ThrowsAsync<N2fApiException>(() => n2f.Client.GetAsync("roles", default));

        Assert.Equal(1, n2f.Authentications);
        Assert.Empty(n2f.ApiRequests);
    }

    internal static string UserJson(string mail, string firstname, string lastname, string company = "c-1") =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["mail"] = mail, ["firstname"] = firstname, ["lastname"] = lastname, ["company"] = company,
            ["role"] = "Utilisateur", ["profile"] = "Standard", ["culture"] = "fr", ["currencyIsoCode"] = "EUR",
        });
}
