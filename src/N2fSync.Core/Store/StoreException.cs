using Microsoft.Data.Sqlite;

namespace N2fSync.Store;

/// <summary>What went wrong with the store file, so the message and the advice can be precise.</summary>
public enum StoreProblem
{
    /// <summary>Written by a newer N2fSync: this release does not read it, and never writes it.</summary>
    NewerVersion,
    /// <summary>Not a database, truncated or corrupt.</summary>
    Damaged,
    /// <summary>The file or its folder cannot be written.</summary>
    ReadOnly,
    /// <summary>Another process holds it locked longer than the busy timeout.</summary>
    Busy,
    /// <summary>Cannot be opened or written for another reason (missing folder, disk full, I/O error).</summary>
    Unavailable,
}

/// <summary>
/// The local store cannot be used: which file, why, and what to do. The module turns it into an ErrorRecord with a
/// recommended action; it never surfaces as a raw SQLite error.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException(string path, StoreProblem problem, string cause, string recommendedAction, Exception? inner = null)
        : base($"The N2fSync store '{path}' {Describe(problem)}: {cause}", inner)
    {
        StorePath = path;
        Problem = problem;
        Cause = cause;
        RecommendedAction = recommendedAction;
    }

    public string StorePath { get; }
    public StoreProblem Problem { get; }
    public string Cause { get; }
    public string RecommendedAction { get; }

    internal static StoreException From(SqliteException e, string path)
    {
        var cause = $"SQLite error {e.SqliteErrorCode}: {e.Message.Replace("SQLite Error ", "").TrimEnd('.')}";
        return e.SqliteErrorCode switch
        {
            // SQLITE_CORRUPT, SQLITE_NOTADB
            11 or 26 => new StoreException(path, StoreProblem.Damaged, cause,
                "Move the file aside (its run history and failed-key queue are lost) and run again: a new store is created. "
                + "Or set store.path to another file.", e),
            // SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH
            8 or 3 or 23 => new StoreException(path, StoreProblem.ReadOnly, cause,
                "Give the account that runs N2fSync write access to the file and its folder, or set store.path to a writable file.", e),
            // SQLITE_BUSY, SQLITE_LOCKED
            5 or 6 => new StoreException(path, StoreProblem.Busy, cause,
                "Another process keeps the store locked; wait for it to finish (Get-N2fSyncRun shows runs in progress) and try again.", e),
            _ => new StoreException(path, StoreProblem.Unavailable, cause,
                "Check that the folder exists, the disk has room and the file is not on a failing share; or set store.path.", e),
        };
    }

    private static string Describe(StoreProblem problem) => problem switch
    {
        StoreProblem.NewerVersion => "was written by a newer N2fSync",
        StoreProblem.Damaged => "is damaged",
        StoreProblem.ReadOnly => "cannot be written",
        StoreProblem.Busy => "is locked by another process",
        _ => "cannot be used",
    };
}
