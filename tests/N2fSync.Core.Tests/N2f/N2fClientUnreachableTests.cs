using System.Net;
using System.Net.Sockets;
using N2fSync.Config;
using N2fSync.N2f;
using N2fSync.N2f.Http;
using N2fSync.N2f.Quota;

namespace N2fSync.Tests.N2f;

/// <summary>
/// N2F down must not look like a hang: each retry of a call nothing answered is a warning naming the URL, the cause,
/// the retry count and the delay; the final error names the call that failed (POST auth when authentication could not
/// connect) and the URL; and while N2F has never answered in the session, the client gives up after
/// n2f.unreachableRetryCount retries instead of the whole retry budget.
/// </summary>
public sealed class N2fClientUnreachableTests
{
    /// <summary>A loopback port nothing listens on: connections to it are refused at once.</summary>
    private static Uri ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/services/api/v2/");
    }

    private static (N2fClient Client, CollectingLog Log, ObservingHandler Wire) ClientOn(Uri baseUrl, int retryCount = 6, int unreachableRetryCount = 2)
    {
        var options = new N2fOptions
        {
            BaseUrl = baseUrl.ToString(), RetryCount = retryCount, UnreachableRetryCount = unreachableRetryCount,
            RetryBaseDelaySeconds = 0.01, TimeoutSeconds = 10,
        };
        var log = new CollectingLog();
        var wire = new ObservingHandler();
        var gate = new QuotaGate(new QuotaSchedule(ClientHarness.GenerousQuotas()), TimeProvider.System);
        return (new N2fClient(options, ClientHarness.DefaultCredentials(), gate, log, TimeProvider.System, wire), log, wire);
    }

    [Fact]
    public async Task ConnectionRefusedOnTheFirstCall_FailsAfterTheUnreachableBudget_NamingPostAuthAndTheUrl()
    {
        var url = ClosedPort();
        var (client, _, wire) = ClientOn(url, retryCount: 6, unreachableRetryCount: 2);
        using var _ = client;

        var error = await Assert.ThrowsAsync<N2fApiException>(() => client.GetAsync("companies?start=0&limit=200", default));

        Assert.Equal(("POST", "auth", (int?)null), (error.Method, error.Path, error.StatusCode));
        Assert.Contains($"not reachable at {url}: connection refused", error.Message, StringComparison.Ordinal);
        Assert.Contains("gave up after 3 attempt(s); N2F has not answered once", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, wire.Targets.Count);
        Assert.All(wire.Targets, t => Assert.Equal("POST /services/api/v2/auth", t));
    }

    [Fact]
    public async Task EachRetryOfAnUnansweredCall_IsAWarningWithUrlCauseRetryCountAndDelay()
    {
        var url = ClosedPort();
        var (client, log, _) = ClientOn(url, retryCount: 6, unreachableRetryCount: 2);
        using var _ = client;

        await Assert.ThrowsAsync<N2fApiException>(() => client.GetAsync("roles", default));

        var warnings = log.Messages.Where(m => m.StartsWith("WARNING: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Matches($@"^WARNING: N2F not reachable at {System.Text.RegularExpressions.Regex.Escape(url.ToString())}: connection refused \(POST auth\); retry 1 of 2 in \d+(\.\d+)? s$", warnings[0]);
        Assert.Matches(@"retry 2 of 2 in \d+(\.\d+)? s$", warnings[1]);
    }

    [Fact]
    public async Task UnreachableRetryCountZero_GivesUpAtTheFirstRefusal()
    {
        var (client, log, wire) = ClientOn(ClosedPort(), retryCount: 6, unreachableRetryCount: 0);
        using var _ = client;

        await Assert.ThrowsAsync<N2fApiException>(() => client.GetAsync("roles", default));

        Assert.Single(wire.Targets);
        Assert.DoesNotContain(log.Messages, m => m.StartsWith("WARNING: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnceN2fHasAnswered_AnOutageGetsTheWholeRetryBudget()
    {
        var n2f = await ClientHarness.StartAsync(client: o => { o.RetryCount = 4; o.UnreachableRetryCount = 1; });
        try
        {
            await n2f.Client.GetAsync("roles", default);
            await n2f.Emulator.DisposeAsync();

            var error = await Assert.ThrowsAsync<N2fApiException>(() => n2f.Client.GetAsync("userprofiles", default));

            Assert.Equal(("GET", "userprofiles"), (error.Method, error.Path));
            Assert.Contains("gave up after 5 attempt(s)", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("has not answered once", error.Message, StringComparison.Ordinal);
            Assert.Equal(4, n2f.Log.Messages.Count(m => m.StartsWith("WARNING: N2F not reachable", StringComparison.Ordinal)));
        }
        finally
        {
            n2f.Client.Dispose();
        }
    }

    [Fact]
    public async Task ServerErrorRetries_StayVerbose_AsN2fDidAnswer()
    {
        ClientHarness? harness = null;
        await using var n2f = harness = await ClientHarness.StartAsync(
            emulator: o => o.Faults.Seed = 38,
            beforeApiCall: n => harness!.Emulator.Options.Faults.ServerErrorRate = n < 2 ? 1 : 0);

        await n2f.Client.GetAsync("roles", default);

        Assert.DoesNotContain(n2f.Log.Messages, m => m.StartsWith("WARNING: ", StringComparison.Ordinal));
        Assert.Equal(2, n2f.Log.Messages.Count(m => m.StartsWith("VERBOSE: N2F GET roles: N2F answered 503", StringComparison.Ordinal)));
    }
}
