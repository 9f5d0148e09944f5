using N2fSync.Config;
using N2fSync.Emulator;
using N2fSync.N2f;
using N2fSync.N2f.Http;
using N2fSync.N2f.Quota;
using static N2fSync.Tests.N2f.N2fClientAuthenticationTests;

namespace N2fSync.Tests.N2f;

/// <summary>
/// A write whose answer was lost may have been applied: the client never sends it again behind the caller's back
/// when the caller settles unknown outcomes (by reading N2F back), and every call that may have reached N2F counts
/// against its quota window, so a lost answer never provokes a 429. Reads, and writes that surely never left, are
/// still retried.
/// </summary>
public sealed class N2fClientUnknownOutcomeTests
{
    private const string Ann = "ann.peeters@example.be";

    private static Task<ClientHarness> SettlingHarness(Action<int> beforeApiCall, Action<EmulatorOptions>? emulator = null,
        N2fSync.Config.QuotaOptions? quotas = null) =>
        ClientHarness.StartAsync(beforeApiCall: beforeApiCall, emulator: emulator, quotas: quotas);

    [Fact]
    public async Task LostAnswerOfAnUpsert_IsOutcomeUnknown_AndNotSentAgain()
    {
        ClientHarness? harness = null;
        await using var n2f = harness = await SettlingHarness(n => harness!.Emulator.Options.Faults.LostResponseRate = n < 1 ? 1 : 0);
        n2f.Client.ResendWritesOfUnknownOutcome = false;

        var unknown = await Assert.ThrowsAsync<N2fOutcomeUnknownException>(() =>
            n2f.Client.PostAsync("users", UserJson("Ann.Peeters@example.be", "Ann", "Peeters"), default));

        Assert.Equal(("POST", "users"), (unknown.Method, unknown.Path));
        Assert.Equal(1, n2f.Requests.Writes);
        Assert.Equal("Peeters", n2f.State.FindUser(Ann)!.Lastname);
        Assert.Equal(0, n2f.Client.Stats.Retries);
    }

    [Fact]
    public async Task LostAnswerOfADelete_IsOutcomeUnknown_AndNotSentAgain()
    {
        ClientHarness? harness = null;
        await using var n2f = harness = await SettlingHarness(n => harness!.Emulator.Options.Faults.LostResponseRate = n < 1 ? 1 : 0);
        n2f.Client.ResendWritesOfUnknownOutcome = false;
        n2f.State.UpsertUser(new EmulatedUser { Mail = Ann, Firstname = "Ann", Lastname = "Peeters", Company = ReferenceData.Company1Uuid });

        var unknown = await Assert.ThrowsAsync<N2fOutcomeUnknownException>(() =>
            n2f.Client.DeleteAsync("users/ann.peeters%40example.be", default));

        Assert.Equal("DELETE", unknown.Method);
        Assert.Equal(1, n2f.Requests.Writes);
        Assert.Null(n2f.State.FindUser(Ann));
    }

    [Fact]
    public async Task WriteOfUnknownOutcome_TellsTheWriteObserverNoOutcomeIsKnown()
    {
        ClientHarness? harness = null;
        await using var n2f = harness = await SettlingHarness(n => harness!.Emulator.Options.Faults.LostResponseRate = n < 1 ? 1 : 0);
        n2f.Client.ResendWritesOfUnknownOutcome = false;
        var observer = new RecordingObserver();
        n2f.Client.WriteObserver = observer;

        await Assert.ThrowsAsync<N2fOutcomeUnknownException>(() =>
            n2f.Client.PostAsync("users", UserJson(Ann, "Ann", "Peeters"), default));

        Assert.Equal(["sending POST users", "completed POST users: no outcome"], observer.Events);
    }

    [Fact]
    public async Task DroppedRead_IsRetriedEvenWhenTheCallerSettlesWrites()
    {
        ClientHarness? harness = null;
        await using var n2f = harness = await SettlingHarness(n => harness!.Emulator.Options.Faults.DropRate = n < 1 ? 1 : 0);
        n2f.Client.ResendWritesOfUnknownOutcome = false;

        var body = await n2f.Client.GetAsync("roles", default);

        Assert.Contains("Gebruiker", body, StringComparison.Ordinal);
        Assert.Equal([0, 200], n2f.ApiRequests.Select(r => r.Status));
    }

    [Fact]
    public async Task WriteRefusedAtConnect_SurelyNeverLeft_IsRetriedAndLands()
    {
        await using var n2f = await SettlingHarness(n =>
        {
            if (n == 0) throw new HttpRequestException("Connection refused (sandbox.n2f.com:443)",
                new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused));
        });
        n2f.Client.ResendWritesOfUnknownOutcome = false;

        var response = await n2f.Client.PostAsync("users", UserJson(Ann, "Ann", "Peeters"), default);

        Assert.True(response.IsSuccess);
        Assert.Equal(1, n2f.Requests.Writes);
        Assert.Equal(1, n2f.Client.Stats.Retries);
    }

    [Fact]
    public async Task DeleteWhoseConnectionClosesBeforeTheAnswer_IsSentOnce_NotAgainByTheHttpStack()
    {
        await using var server = new ClosingServer();
        var options = new N2fOptions { BaseUrl = server.BaseUrl.ToString(), RetryCount = 3, RetryBaseDelaySeconds = 0.01, TimeoutSeconds = 10 };
        var gate = new QuotaGate(new QuotaSchedule(ClientHarness.GenerousQuotas()), TimeProvider.System);
        using var client = new N2fClient(options, ClientHarness.DefaultCredentials(), gate) { ResendWritesOfUnknownOutcome = false };

        await Assert.ThrowsAsync<N2fOutcomeUnknownException>(() => client.DeleteAsync("users/ann.peeters%40example.be", default));

        Assert.Equal(["POST /services/api/v2/auth", "DELETE /services/api/v2/users/ann.peeters%40example.be"], server.Requests);
        Assert.Equal(1, client.Stats.Writes);
    }

    [Fact]
    public async Task LostAnswers_AreCountedInTheWriteWindow_SoTheNextWriteWaitsAndNoAnswerIs429()
    {
        var quota = new N2fSync.Config.QuotaOptions
        {
            WindowSeconds = 1, Day = new QuotaWindow { Reads = 100, Writes = 3 }, Night = new QuotaWindow { Reads = 100, Writes = 3 },
        };
        ClientHarness? harness = null;
        await using var n2f = harness = await SettlingHarness(
            n => harness!.Emulator.Options.Faults.LostResponseRate = n is 1 or 2 ? 1 : 0,
            emulator: o => o.Quota = new N2fSync.Emulator.QuotaOptions { ReadsPerWindow = 100, WritesPerWindow = 3, Window = TimeSpan.FromSeconds(1) },
            quotas: quota);
        n2f.Client.ResendWritesOfUnknownOutcome = false;
        var mails = new[] { Ann, "jean-luc.dubois@example.be", "chloe.o'neil@example.be", "marc.lefevre@example.be" };

        foreach (var mail in mails)
        {
            try { await n2f.Client.PostAsync("users", UserJson(mail, "Prénom", "Nom"), default); }
            catch (N2fOutcomeUnknownException) { }
        }

        var writes = n2f.ApiRequests.Where(r => r.IsWrite).ToList();
        Assert.Equal([200, 0, 0, 200], writes.Select(w => w.Status));
        Assert.True(writes[3].At - writes[0].At >= TimeSpan.FromSeconds(1), $"the fourth write came {writes[3].At - writes[0].At} after the first");
        Assert.Equal(0, n2f.Requests.Status429Count);
    }

    private sealed class RecordingObserver : IN2fWriteObserver
    {
        public List<string> Events { get; } = [];

        public void Sending(string method, string path) => Events.Add($"sending {method} {path}");

        public void Completed(string method, string path, string? requestBody, N2fResponse? response) =>
            Events.Add($"completed {method} {path}: {(response is null ? "no outcome" : response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture))}");
    }
}
