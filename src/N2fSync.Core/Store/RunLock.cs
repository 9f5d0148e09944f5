using System.Diagnostics;
using System.Globalization;

namespace N2fSync.Store;

/// <summary>
/// Keeps two runs on one store from overlapping. The lock is an OS file lock, so a dead process releases it by
/// itself; a side file names the holder for the message the second run prints, and shows a stale lock was taken over.
/// </summary>
public sealed class RunLock : IDisposable
{
    private readonly FileStream _handle;
    private readonly string _infoPath;

    private RunLock(FileStream handle, string infoPath, string? tookOverFrom)
    {
        _handle = handle;
        _infoPath = infoPath;
        TookOverFrom = tookOverFrom;
    }

    /// <summary>Who held the lock before, when they died without releasing it (the stale lock taken over).</summary>
    public string? TookOverFrom { get; }

    /// <summary>Takes the lock of the store at <paramref name="storePath"/>, or throws <see cref="RunInProgressException"/>.</summary>
    public static RunLock Acquire(string storePath, string runId, DateTimeOffset now)
    {
        var lockPath = storePath + ".lock";
        var infoPath = storePath + ".lock.json";
        FileStream handle;
        try
        {
            handle = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new RunInProgressException(File.Exists(infoPath) ? SafeRead(infoPath) : "another run (details unavailable)");
        }
        var previous = File.Exists(infoPath) ? SafeRead(infoPath) : null;
        using var process = Process.GetCurrentProcess();
        File.WriteAllText(infoPath, string.Format(CultureInfo.InvariantCulture,
            "run {0} started {1:u} by process {2} on {3}", runId, now.UtcDateTime, process.Id, Environment.MachineName));
        return new RunLock(handle, infoPath, previous);
    }

    private static string SafeRead(string path)
    {
        try { return File.ReadAllText(path).Trim(); }
        catch (IOException) { return "another run"; }
    }

    public void Dispose()
    {
        try { File.Delete(_infoPath); }
        catch (IOException) { /* the next run overwrites it */ }
        _handle.Dispose();
    }
}

/// <summary>Another run holds the store's lock.</summary>
public sealed class RunInProgressException(string holder)
    : Exception($"Another N2fSync run is in progress on this store: {holder}. Wait for it to finish; two runs never overlap.")
{
    public string Holder { get; } = holder;
}
