using System.Globalization;

namespace N2fSync.N2f.Quota;

/// <summary>
/// One stretch of a session during which N2F allowed fewer calls of a kind than the configured table (it answered
/// 429), and the client paced itself to what N2F accepted until a whole window passed without a 429.
/// </summary>
public sealed class QuotaAdaptation
{
    internal QuotaAdaptation(CallKind kind, int tableLimit, int pace, DateTimeOffset at, TimeSpan window, TimeZoneInfo zone)
    {
        Kind = kind;
        TableLimit = tableLimit;
        AdoptedLimit = pace;
        FirstThrottledAt = LastThrottledAt = at;
        Throttled = 1;
        Window = window;
        Zone = zone;
    }

    public CallKind Kind { get; }

    /// <summary>The configured quota in force when N2F first refused.</summary>
    public int TableLimit { get; }

    /// <summary>The lowest pace adopted (calls per window).</summary>
    public int AdoptedLimit { get; private set; }

    public DateTimeOffset FirstThrottledAt { get; }
    public DateTimeOffset LastThrottledAt { get; private set; }

    /// <summary>429 answers of this kind during the stretch.</summary>
    public int Throttled { get; private set; }

    /// <summary>When the table's quota applied again; null while the adopted pace still holds.</summary>
    public DateTimeOffset? RecoveredAt { get; internal set; }

    public TimeSpan Window { get; }

    /// <summary>N2F's time zone, in which <see cref="ToString"/> gives the times.</summary>
    public TimeZoneInfo Zone { get; }

    internal void Again(int pace, DateTimeOffset at)
    {
        Throttled++;
        LastThrottledAt = at;
        AdoptedLimit = Math.Min(AdoptedLimit, pace);
    }

    /// <summary>
    /// For the run summary, e.g. "N2F allowed 6 writes per 60 s window from 20:00:14 (table: 50): 2 answers of 429; paced
    /// to 6 until a window passed without 429, back to the table at 20:01:31."
    /// </summary>
    public override string ToString()
    {
        var kind = Kind == CallKind.Write ? "writes" : "reads";
        var until = RecoveredAt is { } back
            ? $"until a window passed without 429, back to the table at {Local(back)}"
            : "until the end of the run";
        return $"N2F allowed {AdoptedLimit} {kind} per {Window.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s window "
            + $"from {Local(FirstThrottledAt)} (table: {TableLimit}): {Throttled} answer(s) of 429; paced to {AdoptedLimit} {until}.";
    }

    private string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Zone).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
