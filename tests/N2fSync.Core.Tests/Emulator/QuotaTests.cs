using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using N2fSync.Emulator;

namespace N2fSync.Tests.Emulator;

public sealed class QuotaTests : EmulatorTestBase
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    protected override EmulatorOptions CreateOptions() => new() { TimeProvider = _clock };

    [Fact]
    public async Task Quota_SlidingWindow_Answers429WithRetryAfter()
    {
        Session.Options.Quota = new QuotaOptions { WritesPerWindow = 3, Window = TimeSpan.FromSeconds(60) };
        for (var i = 0; i < 3; i++)
        {
            using var granted = await WriteAsync(i);
            Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
            _clock.Advance(TimeSpan.FromSeconds(10));
        }

        using var refused = await WriteAsync(3);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), refused.Headers.RetryAfter!.Delta);
        Assert.Contains("quota", await EmulatorSession.ReadMessageAsync(refused), StringComparison.Ordinal);
        Assert.Null(Session.State.FindUser("user3@example.be"));
    }

    [Fact]
    public async Task Quota_SlidingWindow_HasNoFixedBoundaryToBurstAcross()
    {
        // A fixed per-minute counter would allow 2 writes at 0:50 and 2 more at 1:01; a sliding window must not.
        Session.Options.Quota = new QuotaOptions { WritesPerWindow = 2, Window = TimeSpan.FromSeconds(60) };
        _clock.Advance(TimeSpan.FromSeconds(50));
        using var a = await WriteAsync(1);
        using var b = await WriteAsync(2);
        _clock.Advance(TimeSpan.FromSeconds(11));

        using var c = await WriteAsync(3);

        Assert.Equal(HttpStatusCode.TooManyRequests, c.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(49), c.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task Quota_AfterRetryAfter_RequestIsGranted()
    {
        Session.Options.Quota = new QuotaOptions { WritesPerWindow = 1, Window = TimeSpan.FromSeconds(1) };
        using var first = await WriteAsync(1);
        using var refused = await WriteAsync(2);
        _clock.Advance(refused.Headers.RetryAfter!.Delta!.Value);

        using var retried = await WriteAsync(2);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
    }

    [Fact]
    public async Task Quota_ReadsAndWritesAreCountedSeparately_AuthNotAtAll()
    {
        Session.Options.Quota = new QuotaOptions { ReadsPerWindow = 2, WritesPerWindow = 1 };
        using var write = await WriteAsync(1);
        await Session.AuthenticateAsync();
        using var read1 = await Session.GetAsync("roles");
        using var read2 = await Session.GetAsync("companies");
        await Session.AuthenticateAsync();

        using var read3 = await Session.GetAsync("users");

        Assert.Equal(HttpStatusCode.OK, write.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read2.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, read3.StatusCode);
    }

    [Fact]
    public async Task Quota_RetryAfterAsHttpDate_WhenAsked()
    {
        Session.Options.RetryAfterAsHttpDate = true;
        Session.Options.Quota = new QuotaOptions { WritesPerWindow = 1, Window = TimeSpan.FromSeconds(5) };
        using var first = await WriteAsync(1);

        using var refused = await WriteAsync(2);

        Assert.Equal(_clock.GetUtcNow().AddSeconds(5), refused.Headers.RetryAfter!.Date);
    }

    [Fact]
    public async Task Quota_IsPerClient()
    {
        Session.Options.Quota = new QuotaOptions { WritesPerWindow = 1 };
        Session.State.AddClient("second-client", "second-secret");
        using var first = await WriteAsync(1);
        using var auth = await Session.PostJsonAsync("auth", new JsonObject { ["client_id"] = "second-client", ["client_secret"] = "second-secret" });
        var token = (await EmulatorSession.ReadJsonAsync(auth))["response"]!["token"]!.GetValue<string>();
        Session.Http.DefaultRequestHeaders.Authorization = new("Bearer", token);

        using var second = await WriteAsync(2);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    private Task<HttpResponseMessage> WriteAsync(int i) =>
        Session.PostJsonAsync("users", UserPayload($"user{i}@example.be", "Zoë", $"Van den Broeck {i}"));
}
