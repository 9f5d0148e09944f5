using EmulatorQuota = N2fSync.Emulator.QuotaOptions;
using N2fSync.Config;
using static N2fSync.Tests.N2f.N2fClientAuthenticationTests;

namespace N2fSync.Tests.N2f;

/// <summary>domain.md §2.5: calls are sequential, and paced so that N2F's sliding quota is never exceeded.</summary>
public sealed class N2fClientSequencingTests
{
    [Fact]
    public async Task TwoTasksCallingAtOnce_NeverHaveTwoRequestsInFlight()
    {
        await using var n2f = await ClientHarness.StartAsync(emulator: o => o.ResponseDelay = TimeSpan.FromMilliseconds(15));

        async Task ReadAsync()
        {
            for (var i = 0; i < 4; i++) await n2f.Client.GetAsync("roles", default);
        }

        async Task WriteAsync()
        {
            foreach (var (mail, first, last) in new[]
                     {
                         ("ann.peeters@example.be", "Ann", "Peeters"), ("jean-luc.dubois@example.be", "Jean-Luc", "Dubois"),
                         ("chloe.o'neil@example.be", "Chloé", "O'Neil"), ("Marie-Thérèse.Lambert@example.be", "Marie-Thérèse", "Lambert"),
                     })
                await n2f.Client.PostAsync("users", UserJson(mail, first, last), default);
        }

        await Task.WhenAll(Task.Run(ReadAsync), Task.Run(WriteAsync));

        Assert.Equal(1, n2f.Requests.MaxConcurrency);
        Assert.Equal(8, n2f.ApiRequests.Count);
        Assert.Equal(4, n2f.State.UserCount);
    }

    [Fact]
    public async Task TwoTasksStartingAtOnce_AuthenticateOnce()
    {
        await using var n2f = await ClientHarness.StartAsync(emulator: o => o.ResponseDelay = TimeSpan.FromMilliseconds(15));

        await Task.WhenAll(
            Task.Run(() => n2f.Client.GetAsync("roles", default)),
            Task.Run(() => n2f.Client.GetAsync("userprofiles", default)));

        Assert.Equal(1, n2f.Authentications);
        Assert.Equal(1, n2f.Requests.MaxConcurrency);
    }

    [Fact]
    public async Task AReadWaitingForTheReadQuota_DoesNotHoldUpAWriteThatHasRoom()
    {
        // Reads and writes have their own quotas: a run sends updates while it reads, one call in flight.
        var clock = new SteppingClock(new DateTimeOffset(2026, 11, 23, 13, 0, 0, TimeSpan.Zero));
        await using var n2f = await ClientHarness.StartAsync(clock: clock, quotas: new QuotaOptions
        {
            WindowSeconds = 60,
            Day = new QuotaWindow { Reads = 2, Writes = 10 },
            Night = new QuotaWindow { Reads = 2, Writes = 10 },
        });
        await n2f.RunAsync(n2f.Client.GetAsync("roles", default));
        await n2f.RunAsync(n2f.Client.GetAsync("userprofiles", default));

        // The third read waits a minute of the clock, which does not move until the write is done.
        var read = n2f.Client.GetAsync("companies", default);
        var write = n2f.Client.PostAsync("users", UserJson("ann.peeters@example.be", "Ann", "Peeters"), default);
        await Task.WhenAny(write, Task.Delay(TimeSpan.FromSeconds(30)));
        var readWaiting = !read.IsCompleted;
        await n2f.RunAsync(read);

        Assert.True(write.IsCompletedSuccessfully, "the write waited behind a read that had no room");
        Assert.True(readWaiting);
        Assert.Equal(["GET", "GET", "POST", "GET"], n2f.ApiRequests.Select(r => r.Method));
        Assert.Equal(1, n2f.Requests.MaxConcurrency);
    }

    [Fact]
    public async Task ClientPacedByItsGate_NeverHearsA429FromASlidingQuotaOfTheSameSize()
    {
        var clock = new SteppingClock(new DateTimeOffset(2026, 11, 23, 13, 0, 0, TimeSpan.Zero));
        await using var n2f = await ClientHarness.StartAsync(
            clock: clock,
            emulator: o => o.Quota = new EmulatorQuota { WritesPerWindow = 3, ReadsPerWindow = 5, Window = TimeSpan.FromSeconds(60) },
            quotas: new QuotaOptions
            {
                WindowSeconds = 60,
                Day = new QuotaWindow { Reads = 5, Writes = 3 },
                Night = new QuotaWindow { Reads = 5, Writes = 3 },
            });

        for (var i = 0; i < 8; i++)
        {
            await n2f.RunAsync(n2f.Client.PostAsync("users", UserJson($"agent.{i:00}@example.be", "Agent", $"N°{i}"), default));
            await n2f.RunAsync(n2f.Client.GetAsync("roles", default));
        }

        Assert.Equal(0, n2f.Requests.Status429Count);
        Assert.Equal(8, n2f.State.UserCount);
        var writes = n2f.ApiRequests.Where(r => r.IsWrite).Select(r => r.At).ToList();
        for (var i = 3; i < writes.Count; i++)
            Assert.True(writes[i] - writes[i - 3] >= TimeSpan.FromSeconds(60), $"writes {i - 3} and {i} are {writes[i] - writes[i - 3]} apart");
    }
}
