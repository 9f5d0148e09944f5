namespace N2fSync.Sync.Ports;

/// <summary>Keeps two runs on one store from overlapping; disposing releases it.</summary>
public interface IRunLock : IDisposable
{
    /// <summary>Who held the lock before, when they died without releasing it (the stale lock taken over).</summary>
    string? TookOverFrom { get; }
}

/// <summary>Another run holds the store's lock.</summary>
public sealed class RunInProgressException(string holder)
    : Exception($"Another N2fSync run is in progress on this store: {holder}. Wait for it to finish; two runs never overlap.")
{
    public string Holder { get; } = holder;
}
