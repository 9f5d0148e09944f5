using System.Globalization;
using N2fSync.N2f.Http;

namespace N2fSync.Health.Checks;

/// <summary>
/// This machine's clock against N2F's (the Date header of its last answer). The day/night quota switch and the
/// token's expiry are computed on this machine's clock.
/// </summary>
internal sealed class ClockOffsetCheck : IConnectionCheck
{
    /// <summary>A Date header has whole seconds, and the answer takes some time to arrive: anything closer is noise.</summary>
    internal static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(30);

    public string Name => "ClockOffset";

    public async Task<CheckVerdict> RunAsync(ConnectionTestContext context, CancellationToken cancellationToken)
    {
        if (context.StoreProblem is not null) return CheckVerdict.NotChecked("the store cannot be opened.");
        var probe = await context.N2fAsync(cancellationToken).ConfigureAwait(false);
        if (probe.Error is N2fCredentialsMissingException || !probe.Answered)
            return CheckVerdict.NotChecked("N2F did not answer (see N2fReachable).");
        if (context.Session.Client.LastAnswerClock is not { } clock)
            return CheckVerdict.Warn("N2F's answers carry no Date header: the offset cannot be measured.");
        var offset = clock.Local - clock.Server;
        var seconds = Math.Abs(offset.TotalSeconds).ToString("0", CultureInfo.InvariantCulture);
        if (offset.Duration() <= Tolerance)
            return CheckVerdict.Pass($"this machine's clock is within {Tolerance.TotalSeconds:0} s of N2F's (Date header {clock.Server.UtcDateTime:HH:mm:ss} UTC)");
        return CheckVerdict.Warn($"this machine's clock is {seconds} s {(offset > TimeSpan.Zero ? "ahead of" : "behind")} N2F's: the day/night "
                                 + "quota switch and token expiry are computed on it. Synchronise it (w32tm /resync, timedatectl).");
    }
}
