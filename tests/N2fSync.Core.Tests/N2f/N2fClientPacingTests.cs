using N2fSync.Config;
using static N2fSync.Tests.N2f.N2fClientAuthenticationTests;

namespace N2fSync.Tests.N2f;

/// <summary>
/// N2F stricter than the configured table (its clock still says day, or its quota changed): the client learns from
/// the first 429 and paces to what N2F accepts instead of bursting into a 429 every window, and the stats say so.
/// </summary>
public sealed class N2fClientPacingTests
{
    private static readonly DateTimeOffset Evening = new(2026, 11, 23, 19, 0, 5, TimeSpan.Zero);

    [Fact]
    public async Task N2fAllowingSixWhereTheTableSaysFifty_CostsAFew429s_AndThePaceIsReported()
    {
        var table = new N2fSync.Config.QuotaOptions
        {
            WindowSeconds = 1, Day = new QuotaWindow { Reads = 200, Writes = 50 }, Night = new QuotaWindow { Reads = 200, Writes = 50 },
        };
        var clock = new SteppingClock(Evening);
        await using var n2f = await ClientHarness.StartAsync(clock: clock, quotas: table, emulator: o =>
            o.Quota = new N2fSync.Emulator.QuotaOptions { ReadsPerWindow = 200, WritesPerWindow = 6, Window = TimeSpan.FromSeconds(1) });

        for (var i = 1; i <= 48; i++)
            await n2f.RunAsync(n2f.Client.PostAsync("users", UserJson($"agent.{i:00}@example.be", "Agent", $"N°{i}"), default));

        Assert.Equal(48, n2f.State.UserCount);
        // Eight windows' worth of writes: bursting at the table's pace would draw a 429 in each. Each return to the
        // table costs one, and each time the client waits twice as long before trying the table again.
        Assert.InRange(n2f.Requests.Status429Count, 1, 3);
        var adaptations = n2f.Client.Stats.Adaptations;
        Assert.Equal(n2f.Requests.Status429Count, adaptations.Sum(a => a.Throttled));
        Assert.All(adaptations, a => Assert.Equal((50, 6), (a.TableLimit, a.AdoptedLimit)));
        Assert.StartsWith("N2F allowed 6 writes per 1 s window from 20:00:05 (table: 50)", n2f.Client.Stats.PacingNote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoRefusal_NoPacingNote()
    {
        await using var n2f = await ClientHarness.StartAsync();

        await n2f.Client.PostAsync("users", UserJson("ann.peeters@example.be", "Ann", "Peeters"), default);

        Assert.Empty(n2f.Client.Stats.Adaptations);
        Assert.Null(n2f.Client.Stats.PacingNote);
    }
}
