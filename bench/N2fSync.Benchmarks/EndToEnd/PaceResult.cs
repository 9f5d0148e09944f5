namespace N2fSync.Benchmarks.EndToEnd;

/// <summary>
/// The writes of one run as N2F (the emulator) saw them, against the floor the quota sets for the writes needed: Q
/// writes per window W can all go at once, so N writes need at least (N − Q) ÷ Q × W from the first to the last.
/// Ratio 1.00: not a moment lost, and no write more than needed.
/// </summary>
internal sealed record PaceResult(string Scenario, string Via, int WritesPerWindow, int WritesNeeded, int WritesSent,
    int WritesApplied, int LostAnswers, int Status429, double SpanSeconds, double FloorSeconds, double RunSeconds,
    int SecondRunWrites)
{
    public double Ratio => FloorSeconds <= 0 ? 0 : SpanSeconds / FloorSeconds;

    /// <summary>Writes that changed N2F per write needed: 1.00 when no answer lost cost a write.</summary>
    public double AppliedPerNeeded => WritesNeeded == 0 ? 0 : (double)WritesApplied / WritesNeeded;

    /// <summary>Writes the server took per second, first to last (the unthrottled figure).</summary>
    public double WritesPerSecond => SpanSeconds <= 0 ? 0 : (WritesSent - 1) / SpanSeconds;

    public static double Floor(int writes, int perWindow, double windowSeconds) =>
        Math.Max(0, writes - perWindow) / (double)perWindow * windowSeconds;
}
