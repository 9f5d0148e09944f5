

namespace N2fSync.Benchmarks.Data;

/// <summary>The writes a scope needs to bring N2F in step: exactly the drift the generator put in.</summary>
internal sealed record NeededWrites(int Creates, int Updates, int Deletes)
{
    public int Total => Creates + Updates + Deletes;
}
