namespace N2fSync.Sync.Ports;

/// <summary>
/// The parts of the local store one run uses, each behind its own small interface (the store implements them over one
/// connection; tests give fakes). The run knows nothing of SQLite.
/// </summary>
public sealed record RunStorage(IRunHistory Runs, IWriteJournal Journal, IFailedKeyQueue FailedKeys,
    IStoreRetention Retention, Func<string, DateTimeOffset, IRunLock> AcquireLock);
