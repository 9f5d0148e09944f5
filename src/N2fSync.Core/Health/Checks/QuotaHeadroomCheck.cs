using System.Globalization;
using N2fSync.N2f.Quota;

namespace N2fSync.Health.Checks;

/// <summary>
/// What the quota window in force leaves, from the calls the store remembers (every command on the store records
/// its calls): a job still running, or one that just ended, has spent part of it. Runs before any call of this test.
/// </summary>
internal sealed class QuotaHeadroomCheck : IConnectionCheck
{
    public string Name => "QuotaHeadroom";

    public Task<CheckVerdict> RunAsync(ConnectionTestContext context, CancellationToken cancellationToken)
    {
        if (context.StoreProblem is not null) return Task.FromResult(CheckVerdict.NotChecked("the store cannot be opened."));
        var quotas = context.Config.Quotas;
        var schedule = new QuotaSchedule(quotas);
        var now = context.Session.Time.GetUtcNow();
        var limits = schedule.LimitsAt(now);
        // The spend of this target (base URL and client id): another account on the same store has its own quota.
        var ledger = context.Session.Store.Quota;
        var reads = ledger.CallsSince(CallKind.Read, now - schedule.Window).Count;
        var writes = ledger.CallsSince(CallKind.Write, now - schedule.Window).Count;
        var window = schedule.Window.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture);
        var which = limits == new QuotaLimits(quotas.Day.Reads, quotas.Day.Writes) ? "day"
            : limits == new QuotaLimits(quotas.Night.Reads, quotas.Night.Writes) ? "night" : "day/night switch (the stricter)";
        var detail = $"{which} quota {limits.Writes} writes and {limits.Reads} reads per {window} s; the last {window} s spent "
                     + $"{writes} write(s) and {reads} read(s)";
        if (writes >= limits.Writes || reads >= limits.Reads)
            return Task.FromResult(CheckVerdict.Warn(detail + ": nothing left now, another command on this store is using it; "
                                                     + "the next calls wait for the window to slide."));
        var floor = TimeSpan.FromSeconds(100.0 / Math.Max(1, limits.Writes) * schedule.Window.TotalSeconds);
        return Task.FromResult(CheckVerdict.Pass(detail + $"; at this quota 100 writes take at least {Minutes(floor)}."));
    }

    private static string Minutes(TimeSpan span) => span.TotalMinutes >= 1
        ? span.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture) + " min"
        : span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";
}
