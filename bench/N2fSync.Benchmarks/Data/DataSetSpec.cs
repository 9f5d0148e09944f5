

namespace N2fSync.Benchmarks.Data;

/// <summary>
/// What to generate: the source sizes and the controlled drift of the N2F side, in percent of the source rows:
/// missing (creates needed), changed (one differing field each: updates needed) and extra (N2F objects the source no
/// longer has: deletes needed). The same seed gives the same data.
/// </summary>
internal sealed record DataSetSpec(int Users, int AxisValues, double MissingPercent = 1, double ChangedPercent = 2,
    double ExtraPercent = 0.5, int Seed = 20260101)
{
    public int Count(double percent, int of) => (int)Math.Round(of * percent / 100.0, MidpointRounding.AwayFromZero);

    public override string ToString() =>
        $"{Users} users, {AxisValues} axis values; N2F side: {MissingPercent}% missing, {ChangedPercent}% changed, {ExtraPercent}% extra";
}
