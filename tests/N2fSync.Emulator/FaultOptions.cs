

namespace N2fSync.Emulator;

/// <summary>
/// Injected failures, decided before a request is handled (except <see cref="LostResponseRate"/>, which handles a
/// write and then drops its answer). By default <c>POST auth</c> is spared so tests can aim faults at API calls.
/// </summary>
public sealed class FaultOptions
{
    private int _next429Burst;

    /// <summary>Share (0–1) of requests answered 500 or 503 at random.</summary>
    public double ServerErrorRate { get; set; }

    /// <summary>Share (0–1) of requests whose connection is aborted without any answer.</summary>
    public double DropRate { get; set; }

    /// <summary>Share (0–1) of writes that are applied, then answered by an aborted connection.</summary>
    public double LostResponseRate { get; set; }

    /// <summary>The next N requests answer 429 with <c>Retry-After</c>; counts down as they are answered.</summary>
    public int Next429Burst
    {
        get => Volatile.Read(ref _next429Burst);
        set => Volatile.Write(ref _next429Burst, value);
    }

    /// <summary><c>Retry-After</c> seconds for injected 429 and 503 answers.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Seed of the fault dice, for a run that fails the same way every time; null draws at random.</summary>
    public int? Seed { get; set; }

    /// <summary>Whether <c>POST auth</c> can be faulted too.</summary>
    public bool AffectsAuth { get; set; }

    internal bool TryTake429()
    {
        while (true)
        {
            var left = Volatile.Read(ref _next429Burst);
            if (left <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _next429Burst, left - 1, left) == left)
            {
                return true;
            }
        }
    }
}
