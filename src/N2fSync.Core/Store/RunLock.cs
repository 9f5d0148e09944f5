using System.Diagnostics;
using System.Globalization;
using N2fSync.Platform;
using N2fSync.Sync.Ports;

namespace N2fSync.Store;

/// <summary>
/// Keeps two runs on one store from overlapping. The lock is an OS file lock, so a dead process releases it by
/// itself; a side file names the holder for the message the second run prints, and shows a stale lock was taken over.
/// Both files are readable by their owner only.
/// </summary>
public sealed class RunLock : IRunLock
{
    private readonly FileStream _handle;
    private readonly string _infoPath;

    private RunLock(FileStream handle, string infoPath, string? tookOverFrom)
    {
        _handle = handle;
        _infoPath = infoPath;
        TookOverFrom = tookOverFrom;
    }

    public string? TookOverFrom { get; }

    /// <summary>Takes the lock of the store at <paramref name="storePath"/>, or throws <see cref="RunInProgressException"/>.</summary>
    public static RunLock Acquire(string storePath, string runId, DateTimeOffset now)
    {
        var lockPath = storePath + ".lock";
        var infoPath = storePath + ".lock.json";
        OwnerOnlyFiles.PrepareFile(lockPath);
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
        OwnerOnlyFiles.PrepareFile(infoPath);
        File.WriteAllText(infoPath, string.Format(CultureInfo.InvariantCulture,
            "run {0} started {1:u} by process {2} on {3}", runId, now.UtcDateTime, process.Id, Environment.MachineName));
        return new RunLock(handle, infoPath, previous is { Length: > 0 } ? previous : null);
    }

    /// <summary>Who holds the lock of the store at <paramref name="storePath"/> now; null when it is free.</summary>
    public static string? Holder(string storePath)
    {
        var lockPath = storePath + ".lock";
        if (!File.Exists(lockPath)) return null;
        try
        {
            using var probe = new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return null;
        }
        catch (IOException)
        {
            var infoPath = storePath + ".lock.json";
            return File.Exists(infoPath) ? SafeRead(infoPath) : "another run (details unavailable)";
        }
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
