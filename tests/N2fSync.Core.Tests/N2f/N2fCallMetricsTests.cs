using N2fSync.N2f.Http;
using static N2fSync.Tests.N2f.N2fClientAuthenticationTests;

namespace N2fSync.Tests.N2f;

/// <summary>Every API call by verb and status, with latency percentiles, recorded where the client sends.</summary>
public sealed class N2fCallMetricsTests
{
    private static readonly DateTimeOffset Night = new(2026, 11, 27, 1, 0, 0, TimeSpan.Zero);

    private static N2fCall Call(string method, string path, int status, double ms) => new(method, path, status, TimeSpan.FromMilliseconds(ms), Night);

    [Fact]
    public void Latency_OfAHundredCalls_IsTheNearestRankPercentile()
    {
        var metrics = new N2fCallMetrics();
        foreach (var ms in Enumerable.Range(1, 100).Reverse()) metrics.Record(Call("GET", "users", 200, ms));

        var latency = metrics.Latency();

        Assert.Equal((100, 50.0, 95.0, 99.0, 100.0), (latency.Calls, latency.P50, latency.P95, latency.P99, latency.Max));
    }

    [Fact]
    public void Latency_OfOneSlowCallAmongTen_ShowsOnlyAtTheTail()
    {
        var metrics = new N2fCallMetrics();
        foreach (var ms in new double[] { 40, 42, 41, 39, 45, 44, 43, 38, 40, 2500 }) metrics.Record(Call("GET", "users", 200, ms));

        var latency = metrics.Latency();

        Assert.Equal(41, latency.P50);
        Assert.Equal(2500, latency.P95);
        Assert.Equal(2500, latency.P99);
    }

    [Fact]
    public void Latency_WithNoCall_IsZero() =>
        Assert.Equal((0, 0.0, 0.0), (new N2fCallMetrics().Latency().Calls, new N2fCallMetrics().Latency().P50, new N2fCallMetrics().Latency().P99));

    [Fact]
    public void Calls_AreCountedByVerbAndStatus_TokenCallsApart()
    {
        var metrics = new N2fCallMetrics();
        metrics.Record(Call("POST", "auth", 200, 30));
        metrics.Record(Call("GET", "users?start=0&limit=200", 200, 40));
        metrics.Record(Call("GET", "roles", 200, 12));
        metrics.Record(Call("POST", "users", 400, 25));
        metrics.Record(Call("DELETE", "users/parti.ailleurs%40example.be", 0, 100000));

        Assert.Equal(new Dictionary<string, int> { ["AUTH 200"] = 1, ["GET 200"] = 2, ["POST 400"] = 1, ["DELETE 0"] = 1 }, metrics.ByVerbAndStatus());
    }

    [Fact]
    public async Task Client_RecordsEachAttempt_ADroppedConnectionAsStatusZero()
    {
        ClientHarness? harness = null;
        await using var n2f = harness = await ClientHarness.StartAsync(
            beforeApiCall: n => harness!.Emulator.Options.Faults.DropRate = n < 1 ? 1 : 0);
        var seen = new List<N2fCall>();
        n2f.Client.Metrics.Observed += seen.Add;

        await n2f.Client.PostAsync("users", UserJson("Jean-Luc.Dubois@example.be", "Jean-Luc", "Dubois"), default);

        Assert.Equal(["AUTH 200", "POST 0", "POST 200"], seen.Select(c => $"{(c.Path == "auth" ? "AUTH" : c.Method)} {c.Status}"));
        Assert.Equal(3, n2f.Client.Metrics.Latency().Calls);
        Assert.All(seen, c => Assert.DoesNotContain("secret", c.Path, StringComparison.OrdinalIgnoreCase));
    }
}
