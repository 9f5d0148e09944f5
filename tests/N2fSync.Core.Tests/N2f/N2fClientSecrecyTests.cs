using System.Net;
using System.Text.Json;
using System.Text;
using N2fSync.Config;
using N2fSync.N2f.Http;
using N2fSync.N2f.Quota;
using N2fSync.N2f;
using static N2fSync.Tests.N2f.N2fClientAuthenticationTests;

namespace N2fSync.Tests.N2f;

/// <summary>The client secret and the bearer tokens never reach the log or an exception (domain.md §2.4, N2fApiException).</summary>
public sealed class N2fClientSecrecyTests
{
    // Base64 secrets carry '+' and '/', which JSON writers commonly escape (\u002B, \/).
    private const string ClientId = "acme-agresso-sync";
    private const string Secret = "Zm9vYmFy+S3cr3t/Wallonie==";

    [Fact]
    public async Task EventfulRun_LogsNeitherTheSecretNorAnyToken()
    {
        ClientHarness? harness = null;
        await using var n2f = harness = await ClientHarness.StartAsync(
            credentials: new N2fCredentials(ClientId, Secret),
            emulator: o => o.Faults.Seed = 38,
            beforeApiCall: n =>
            {
                harness!.Emulator.Options.Faults.DropRate = n == 1 ? 1 : 0;
                harness.Emulator.Options.Faults.ServerErrorRate = n == 3 ? 1 : 0;
            });
        n2f.State.AddClient(ClientId, Secret);
        var errors = new List<string>();

        await n2f.Client.GetAsync("roles", default);                                                    // auth, call 0
        await n2f.Client.PostAsync("users", UserJson("chloe.o'neil@example.be", "Chloé", "O'Neil"), default); // 1 dropped, 2
        await n2f.Client.GetAsync("userprofiles", default);                                             // 3 is 503, 4
        n2f.State.ExpireTokens();
        await n2f.Client.GetAsync("companies?start=0&limit=200", default);                              // 401, auth, ok
        var rejected = await n2f.Client.PostAsync("users", UserJson("ann.peeters@example.be", "Ann", "Peeters", company: "c-9"), default);
        errors.Add(n2f.Client.Failure("POST", "users", rejected).ToString());
        errors.Add((await Assert.ThrowsAsync<N2fApiException>(() => n2f.Client.GetAsync("users?limit=999", default))).ToString());

        Assert.Equal(2, n2f.Wire.TokensSent.Count);
        Assert.Contains(n2f.Log.Messages, m => m.Contains("retry", StringComparison.Ordinal));
        var said = n2f.Log.Messages.Concat(errors).ToList();
        foreach (var secret in n2f.Wire.TokensSent.Append(Secret))
            Assert.All(said, m => Assert.DoesNotContain(secret, m, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuthRefusalQuotingTheSecret_ReachesNeitherTheExceptionNorTheLog()
    {
        var log = new CollectingLog();
        using var client = StubbedClient(log, request => request.RequestUri!.AbsolutePath.EndsWith("/auth", StringComparison.Ordinal)
            ? Answer(HttpStatusCode.Unauthorized, $"client_secret '{Secret}' is not valid for client '{ClientId}'.")
            : Answer(HttpStatusCode.OK, "ok"));

        var error = await Assert.ThrowsAsync<N2fApiException>(() => client.GetAsync("roles", default));

        Assert.Equal(401, error.StatusCode);
        Assert.Contains("is not valid for client", error.N2fMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
        Assert.All(log.Messages, m => Assert.DoesNotContain(Secret, m, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServerErrorQuotingTheToken_ReachesNeitherTheExceptionNorTheLog()
    {
        const string token = "tok+Ab/Cd3fGh==";
        var log = new CollectingLog();
        using var client = StubbedClient(log, request => request.RequestUri!.AbsolutePath.EndsWith("/auth", StringComparison.Ordinal)
            ? Answer(HttpStatusCode.OK, null, new { token, validity = "2099-01-01T00:00:00.0000000Z" })
            : Answer(HttpStatusCode.ServiceUnavailable, $"token {token} is being refreshed on the server, retry later."));

        var error = await Assert.ThrowsAsync<N2fApiException>(() => client.GetAsync("roles", default));

        Assert.Equal(503, error.StatusCode);
        Assert.DoesNotContain(token, error.ToString(), StringComparison.Ordinal);
        Assert.All(log.Messages, m => Assert.DoesNotContain(token, m, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("secret Zm9vYmFy+S3cr3t/Wallonie== refused")]
    [InlineData("secret Zm9vYmFy\\u002BS3cr3t\\/Wallonie== refused")]
    [InlineData("secret Zm9vYmFy\\u002bS3cr3t\\u002fWallonie\\u003D\\u003d refused")]
    public void Redactor_RemovesTheSecretWrittenRawOrJsonEscaped(string body)
    {
        var redactor = new Redactor();
        redactor.Add(Secret);

        Assert.Equal("secret *** refused", redactor.Apply(body));
    }

    [Fact]
    public async Task PageQuotingTheSecretJsonEscaped_IsParsedWithTheSecretBlanked()
    {
        var escaped = Secret.Replace("+", "\\u002B").Replace("/", "\\/");
        var page = $$$"""{"response":{"data":[{"mail":"chloe.o'neil@example.be","jobTitle":"Comptable {{{escaped}}}"}]}}""";
        using var client = StubbedClient(new CollectingLog(), request => request.RequestUri!.AbsolutePath.EndsWith("/auth", StringComparison.Ordinal)
            ? Answer(HttpStatusCode.OK, null, new { token = "tok-4711", validity = "2099-01-01T00:00:00.0000000Z" })
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(page, Encoding.UTF8, "application/json") });

        using var body = await client.GetUtf8Async("users?start=0&limit=200", default);
        using var document = JsonDocument.Parse(body.Utf8);

        var user = document.RootElement.GetProperty("response").GetProperty("data")[0];
        Assert.Equal("Comptable ***", user.GetProperty("jobTitle").GetString());
        Assert.Equal("chloe.o'neil@example.be", user.GetProperty("mail").GetString());
    }

    [Theory]
    [InlineData("""{"response":{"data":[{"jobTitle":"Zm9vYmFy+S3cr3t/Wallonie=="}]}}""", true)]
    [InlineData("""{"response":{"data":[{"jobTitle":"x Zm9vYmFy\u002BS3cr3t\/Wallonie== y"}]}}""", true)]
    [InlineData("""{"response":{"Zm9vYmFy+S3cr3t/Wallonie==":1}}""", true)]
    [InlineData("""{"response":{"data":[{"lastname":"O\u2019Neil","jobTitle":"Contrôleur de gestion"}]}}""", false)]
    [InlineData("secret refused: not JSON", true)]
    public void Redactor_AppearsIn_LooksAtEveryTokenUnescaped_AndSendsAnythingNotJsonToTheTextPath(string body, bool appears)
    {
        var redactor = new Redactor();
        redactor.Add(Secret);

        Assert.Equal(appears, redactor.AppearsIn(Encoding.UTF8.GetBytes(body)));
    }

    /// <summary>A client on a canned server: answers come from <paramref name="answer"/>, no retry delays to speak of.</summary>
    private static N2fClient StubbedClient(CollectingLog log, Func<HttpRequestMessage, HttpResponseMessage> answer)
    {
        var options = new N2fOptions { BaseUrl = "https://sandbox.n2f.test/services/api/v2/", RetryCount = 1, RetryBaseDelaySeconds = 0.01 };
        var gate = new QuotaGate(new QuotaSchedule(ClientHarness.GenerousQuotas()), TimeProvider.System);
        return new N2fClient(options, new N2fCredentials(ClientId, Secret), gate, log, TimeProvider.System, new StubHandler(answer));
    }

    /// <summary>N2F's error envelope, serialized as System.Text.Json does by default ('+' becomes \u002B).</summary>
    private static HttpResponseMessage Answer(HttpStatusCode status, string? message, object? response = null) => new(status)
    {
        Content = new StringContent(
            JsonSerializer.Serialize(new { response = response ?? new { result = 0, message } }),
            Encoding.UTF8, "application/json"),
    };

    private sealed class StubHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }
}
