using System.Net;
using N2fSync.Emulator;

namespace N2fSync.Tests.Emulator;

public sealed class FaultTests : EmulatorTestBase
{
    [Fact]
    public async Task Faults_Next429Burst_AnswersThatManyThenRecovers()
    {
        Session.Options.Faults.Next429Burst = 2;
        Session.Options.Faults.RetryAfterSeconds = 3;

        using var first = await Session.GetAsync("roles");
        using var second = await Session.GetAsync("roles");
        using var third = await Session.GetAsync("roles");

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), first.Headers.RetryAfter!.Delta);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(2, Session.Requests.Status429Count);
    }

    [Fact]
    public async Task Faults_AuthIsSparedByDefault()
    {
        Session.Options.Faults.Next429Burst = 1;

        await Session.AuthenticateAsync();
        using var next = await Session.GetAsync("roles");

        Assert.Equal(HttpStatusCode.TooManyRequests, next.StatusCode);
    }

    [Fact]
    public async Task Faults_ServerError_Answers5xxWithBody()
    {
        Session.Options.Faults.ServerErrorRate = 1;

        using var response = await Session.GetAsync("users");

        Assert.Contains((int)response.StatusCode, new[] { 500, 503 });
        Assert.False(string.IsNullOrEmpty(await EmulatorSession.ReadMessageAsync(response)));
    }

    [Fact]
    public async Task Faults_Drop_AbortsWithoutAnswerAndLogsStatus0()
    {
        Session.Options.Faults.DropRate = 1;

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => Session.GetAsync("users"));

        var entry = Assert.Single(Session.Requests.Entries, e => !e.IsAuth);
        Assert.Equal("/services/api/v2/users", entry.Path);
        Assert.Equal(0, entry.Status);
    }

    [Fact]
    public async Task Faults_LostResponse_AppliesWriteButDropsAnswer()
    {
        Session.Options.Faults.LostResponseRate = 1;

        await Assert.ThrowsAnyAsync<HttpRequestException>(
            () => Session.PostJsonAsync("users", UserPayload("ann.peeters@example.be", "Ann", "Peeters")));

        Assert.NotNull(Session.State.FindUser("ann.peeters@example.be"));
        Assert.Equal(0, Assert.Single(Session.Requests.Entries, e => e.IsWrite).Status);
    }

    [Fact]
    public async Task Faults_LostResponse_SparesReads()
    {
        Session.Options.Faults.LostResponseRate = 1;

        using var response = await Session.GetAsync("users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Faults_SameSeed_FailsTheSameRequests()
    {
        var first = await StatusesAsync(seed: 4711);
        var second = await StatusesAsync(seed: 4711);

        Assert.Equal(first, second);
        Assert.Contains(200, first);
        Assert.Contains(first, s => s >= 500);
    }

    private async Task<List<int>> StatusesAsync(int seed)
    {
        Session.Options.Faults = new FaultOptions { ServerErrorRate = 0.5, Seed = seed };
        var statuses = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await Session.GetAsync("roles");
            statuses.Add((int)response.StatusCode);
        }

        return statuses;
    }
}
