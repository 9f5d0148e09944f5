

namespace N2fSync.Emulator;

/// <summary>
/// Rolls the dice of <see cref="FaultOptions"/>. One Random, re-created whenever the seed or the options object
/// changes, so a seeded run fails on the same requests every time. Dice are only rolled for rates above zero, so
/// enabling one kind of fault does not shift the sequence of another.
/// </summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private Random _random = new();
    private FaultOptions? _seededFor;
    private int? _seed;

    public FaultKind Before(FaultOptions faults, bool isAuth, out int status)
    {
        status = 0;
        if (isAuth && !faults.AffectsAuth)
        {
            return FaultKind.None;
        }

        if (faults.TryTake429())
        {
            status = 429;
            return FaultKind.TooManyRequests;
        }

        lock (_gate)
        {
            var random = RandomFor(faults);
            if (faults.DropRate > 0 && random.NextDouble() < faults.DropRate)
            {
                return FaultKind.Drop;
            }

            if (faults.ServerErrorRate > 0 && random.NextDouble() < faults.ServerErrorRate)
            {
                status = random.Next(2) == 0 ? 500 : 503;
                return FaultKind.ServerError;
            }
        }

        return FaultKind.None;
    }

    /// <summary>Whether a handled write loses its answer.</summary>
    public bool LoseResponse(FaultOptions faults)
    {
        if (faults.LostResponseRate <= 0)
        {
            return false;
        }

        lock (_gate)
        {
            return RandomFor(faults).NextDouble() < faults.LostResponseRate;
        }
    }

    private Random RandomFor(FaultOptions faults)
    {
        if (!ReferenceEquals(_seededFor, faults) || _seed != faults.Seed)
        {
            _random = faults.Seed is { } seed ? new Random(seed) : new Random();
            _seededFor = faults;
            _seed = faults.Seed;
        }

        return _random;
    }
}
