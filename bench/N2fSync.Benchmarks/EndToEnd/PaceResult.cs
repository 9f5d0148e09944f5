namespace N2fSync.Benchmarks.EndToEnd;

/// <summary>
/// The writes of one run as N2F (the emulator) saw them, against the floor the quota sets for the writes needed: no
/// window W may hold more than Q of them, so write i comes at least W after write i − Q, and the last of N writes at
/// least ⌊(N − 1) ÷ Q⌋ × W after the first (reached by sending Q at once each window). Ratio 1.00: not a moment lost,
/// and no write more than needed.
/// </summary>
internal sealed record PaceResult(string Scenario, string Via, int WritesPerWindow, int WritesNeeded, int WritesSent,
    int WritesApplied, int LostAnswers, int Status429, double SpanSeconds, double FloorSeconds, double RunSeconds,
    int SecondRunWrites)
{
    public double Ratio => FloorSeconds <= 0 ? 0 : SpanSeconds / FloorSeconds;

    /// <summary>Reads the run needed (every page and lookup once), and sent, and the read quota.</summary>
    public int ReadsNeeded { get; init; }
    public int ReadsSent { get; init; }
    public int ReadsPerWindow { get; init; }

    /// <summary>The read quota's floor for the reads needed, as <see cref="FloorSeconds"/> is for the writes.</summary>
    public double ReadFloorSeconds { get; init; }

    /// <summary>From N2F's first API call of the run to its last write, on the server's stamps.</summary>
    public double N2fSpanSeconds { get; init; }

    /// <summary>N2F's span over the larger of the two floors (reads and writes overlap; 1.00 is the limit).</summary>
    public double SpanOverLargerFloor => Math.Max(FloorSeconds, ReadFloorSeconds) is var floor and > 0 ? N2fSpanSeconds / floor : 0;

    /// <summary>What the run's summary said about pacing after a 429 (null: nothing, or a build without the note).</summary>
    public string? PacingNote { get; init; }

    /// <summary>Writes that changed N2F per write needed: 1.00 when no answer lost cost a write.</summary>
    public double AppliedPerNeeded => WritesNeeded == 0 ? 0 : (double)WritesApplied / WritesNeeded;

    /// <summary>Writes the server took per second, first to last (the unthrottled figure).</summary>
    public double WritesPerSecond => SpanSeconds <= 0 ? 0 : (WritesSent - 1) / SpanSeconds;

    // (N − Q) ÷ Q × W, used before, is below what any schedule reaches unless N − 1 is a multiple of Q: 420 writes at
    // 50 a window give 7.4 s, where the 401st to the 420th cannot go before 8 windows have passed.
    public static double Floor(int calls, int perWindow, double windowSeconds) =>
        calls <= 0 ? 0 : (calls - 1) / Math.Max(1, perWindow) * windowSeconds;
}
