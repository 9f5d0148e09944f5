using N2fSync.N2f.Http;
using N2fSync.N2f;
using static N2fSync.Tests.N2f.N2fClientAuthenticationTests;

namespace N2fSync.Tests.N2f;

/// <summary>
/// Transient failures (5xx, dropped connections, 429) are retried by one pipeline; validation answers (4xx) are not
/// (decisions.md §15); a 429's Retry-After holds the next call of that kind (decisions.md §19).
/// </summary>
public sealed class N2fClientRetryTests
{
    // With this seed the emulator's fault dice pick 503 (rather than 500) on each of the first four faulted requests.
    private const int SeedGiving503s = 38;
    private static readonly DateTimeOffset Monday0800 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Burst503_IsRetriedAndTheCallSucceeds()
    {
        ClientHarness? harness = null;
        await using var n2f = harness = await ClientHarness.StartAsync(
            emulator: o => o.Faults.Seed = SeedGiving503s,
            beforeApiCall: n => harness!.Emulator.Options.Faults.ServerErrorRate = n < 3 ? 1 : 0);

        var body = await n2f.Client.GetAsync("roles", default);

        Assert.Contains("Utilisateur", body, StringComparison.Ordinal);
        Assert.Equal([503, 503, 503, 200], n2f.ApiRequests.Select(r => r.Status));
        Assert.Equal(3, n2f.Client.Stats.Retries);
    }

    [Fact]
    public async Task DroppedConnection_IsRetriedAndTheUpsertLands()
    {
        ClientHarness? harness = null;
        await using var n2f = harness = await ClientHarness.StartAsync(
            beforeApiCall: n => harness!.Emulator.Options.Faults.DropRate = n < 2 ? 1 : 0);

        var response = await n2f.Client.PostAsync("users", UserJson("Jean-Luc.Dubois@example.be", "Jean-Luc", "Dubois"), default);

        Assert.True(response.IsSuccess);
        Assert.Equal([0, 0, 200], n2f.ApiRequests.Select(r => r.Status));
        Assert.Equal("Dubois", n2f.State.FindUser("jean-luc.dubois@example.be")!.Lastname);
    }

    [Fact]
    public async Task LostAnswerOfAnUpsert_IsSentAgainAndN2fHoldsOneUser()
    {
        ClientHarness? harness = null;
        await using var n2f = harness = await ClientHarness.StartAsync(
            beforeApiCall: n => harness!.Emulator.Options.Faults.LostResponseRate = n < 1 ? 1 : 0);

        var response = await n2f.Client.PostAsync("users", UserJson("ann.peeters@example.be", "Ann", "Peeters"), default);

        Assert.True(response.IsSuccess);
        Assert.Equal(2, n2f.Requests.Writes);
        Assert.Equal(1, n2f.State.UserCount);
    }

    [Fact]
    public async Task RetriesExhaustedOn503_IsApiExceptionWithStatusAndN2fMessage()
    {
        await using var n2f = await ClientHarness.StartAsync(
            emulator: o => { o.Faults.Seed = SeedGiving503s; o.Faults.ServerErrorRate = 1; },
            client: o => o.RetryCount = 2);

        var error = await Assert.ThrowsAsync<N2fApiException>(() => n2f.Client.GetAsync("users?start=0&limit=200", default));

        Assert.Equal(503, error.StatusCode);
        Assert.Contains("Service unavailable, retry later.", error.N2fMessage, StringComparison.Ordinal);
        Assert.Equal("GET", error.Method);
        Assert.False(error.IsRejection);
        Assert.Equal(3, n2f.ApiRequests.Count);
    }

    [Fact]
    public async Task RetriesExhaustedOnDroppedConnections_IsApiExceptionWithoutStatus()
    {
        await using var n2f = await ClientHarness.StartAsync(
            emulator: o => o.Faults.DropRate = 1, client: o => o.RetryCount = 2);

        var error = await Assert.ThrowsAsync<N2fApiException>(() => n2f.Client.GetAsync("roles", default));

        Assert.Null(error.StatusCode);
        Assert.StartsWith($"not reachable at {n2f.Emulator.BaseUrl}: ", error.N2fMessage, StringComparison.Ordinal);
        Assert.EndsWith("(gave up after 3 attempt(s))", error.N2fMessage, StringComparison.Ordinal);
        Assert.Equal(3, n2f.ApiRequests.Count);
    }

    [Fact]
    public async Task RetryCountZero_MakesOneAttemptThenGivesUpWithN2fsMessage()
    {
        // docs/config.md: retryCount is "a whole number >= 0"; 0 means no retries, not a broken client.
        await using var n2f = await ClientHarness.StartAsync(
            emulator: o => { o.Faults.Seed = SeedGiving503s; o.Faults.ServerErrorRate = 1; },
            client: o => o.RetryCount = 0);

        var error = await Assert.ThrowsAsync<N2fApiException>(() => n2f.Client.GetAsync("roles", default));

        Assert.Equal(503, error.StatusCode);
        Assert.Contains("Service unavailable, retry later.", error.N2fMessage, StringComparison.Ordinal);
        Assert.Single(n2f.ApiRequests);
    }

    [Fact]
    public async Task ValidationError400OnAWrite_IsNotRetriedAndCarriesN2fsText()
    {
        await using var n2f = await ClientHarness.StartAsync();

        var response = await n2f.Client.PostAsync("users", UserJson("chloe.o'neil@example.be", "Chloé", "O'Neil", company: "c-9"), default);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(1, n2f.Requests.Writes);
        Assert.Equal(0, n2f.Client.Stats.Retries);
        var failure = n2f.Client.Failure("POST", "users", response);
        Assert.Equal("company 'c-9' is not a known company uuid.", failure.N2fMessage);
        Assert.True(failure.IsRejection);
    }

    [Fact]
    public async Task ValidationError400OnARead_IsNotRetriedAndThrowsWithN2fsText()
    {
        await using var n2f = await ClientHarness.StartAsync();

        var error = await Assert.ThrowsAsync<N2fApiException>(() => n2f.Client.GetAsync("users?start=0&limit=500", default));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("limit 500 exceeds the maximum page size of 200.", error.N2fMessage);
        Assert.Equal(1, n2f.Requests.Reads);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Status429_RetryAfterHoldsTheRetryAtLeastThatLong(bool retryAfterAsHttpDate)
    {
        var clock = new SteppingClock(Monday0800);
        await using var n2f = await ClientHarness.StartAsync(clock: clock, emulator: o =>
        {
            o.Faults.Next429Burst = 1;
            o.Faults.RetryAfterSeconds = 30;
            o.RetryAfterAsHttpDate = retryAfterAsHttpDate;
        });

        await n2f.RunAsync(n2f.Client.GetAsync("roles", default));

        var (refused, retried) = (n2f.ApiRequests[0], n2f.ApiRequests[1]);
        Assert.Equal((429, 200), (refused.Status, retried.Status));
        Assert.True(retried.At - refused.At >= TimeSpan.FromSeconds(30), $"retried {retried.At - refused.At} after the 429");
        Assert.Equal(1, n2f.Client.Stats.Throttled);
    }

    [Fact]
    public async Task Status429OnAWrite_HoldsLaterWritesButNotReads()
    {
        var clock = new SteppingClock(Monday0800);
        await using var n2f = await ClientHarness.StartAsync(clock: clock, client: o => o.RetryCount = 0, emulator: o =>
        {
            o.Faults.Next429Burst = 1;
            o.Faults.RetryAfterSeconds = 30;
        });
        var refused = await Assert.ThrowsAsync<N2fApiException>(() => n2f.RunAsync(
            n2f.Client.PostAsync("users", UserJson("ann.peeters@example.be", "Ann", "Peeters"), default)));
        Assert.Equal(429, refused.StatusCode);

        await n2f.RunAsync(n2f.Client.GetAsync("roles", default));
        await n2f.RunAsync(n2f.Client.PostAsync("users", UserJson("ann.peeters@example.be", "Ann", "Peeters"), default));

        var (write429, read, write) = (n2f.ApiRequests[0], n2f.ApiRequests[1], n2f.ApiRequests[2]);
        Assert.Equal(write429.At, read.At);
        Assert.True(write.At - write429.At >= TimeSpan.FromSeconds(30), $"next write {write.At - write429.At} after the 429");
    }
}
