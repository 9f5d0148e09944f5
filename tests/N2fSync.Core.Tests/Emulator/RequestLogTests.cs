using N2fSync.Emulator;

namespace N2fSync.Tests.Emulator;

public sealed class RequestLogTests : EmulatorTestBase
{
    [Fact]
    public async Task RequestLog_CountsWritesExcludingAuth()
    {
        Session.Requests.Clear();
        await Session.AuthenticateAsync();
        using var created = await Session.PostJsonAsync("users", UserPayload("ann.peeters@example.be", "Ann", "Peeters"));
        using var refused = await Session.PostJsonAsync("users", UserPayload("bad@example.be", "Bad", "Company", company: "c-404"));
        using var deleted = await Session.DeleteAsync("users/ann.peeters%40example.be");
        using var read = await Session.GetAsync("users");

        Assert.Equal(3, Session.Requests.Writes);
        Assert.Equal(2, Session.Requests.SuccessfulWrites);
        Assert.Equal(1, Session.Requests.Reads);
        Assert.Equal(5, Session.Requests.Total);
        Assert.Equal(1, Session.Requests.Count(400));
    }

    [Fact]
    public async Task RequestLog_RecordsMethodPathQueryAndStatus()
    {
        Session.Requests.Clear();

        using var response = await Session.GetAsync("users?start=0&limit=50");

        var entry = Assert.Single(Session.Requests);
        Assert.Equal("GET", entry.Method);
        Assert.Equal("/services/api/v2/users", entry.Path);
        Assert.Equal("start=0&limit=50", entry.Query);
        Assert.Equal(200, entry.Status);
        Assert.False(entry.IsWrite);
        Assert.True(entry.DurationMs >= 0);
    }

    [Fact]
    public async Task RequestLog_SequentialClient_MaxConcurrencyIsOne()
    {
        for (var i = 0; i < 20; i++)
        {
            using var response = await Session.GetAsync(i % 2 == 0 ? "roles" : "companies");
        }

        Assert.Equal(1, Session.Requests.MaxConcurrency);
    }

    [Fact]
    public async Task RequestLog_ParallelCalls_RaiseMaxConcurrency()
    {
        Session.Options.ResponseDelay = TimeSpan.FromMilliseconds(300);

        var responses = await Task.WhenAll(Session.GetAsync("roles"), Session.GetAsync("userprofiles"));

        Assert.Equal(2, Session.Requests.MaxConcurrency);
        Array.ForEach(responses, r => r.Dispose());
    }

    [Fact]
    public async Task RequestLog_AdminCallsAreNotRecorded()
    {
        Session.Requests.Clear();
        using var admin = new HttpClient { BaseAddress = Session.Emulator.AdminUrl };

        using var response = await admin.GetAsync("state");

        Assert.Equal(0, Session.Requests.Total);
    }
}
