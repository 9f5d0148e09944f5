using N2fSync.Sync.Apply;

namespace N2fSync.Sync.Ports;

/// <summary>
/// The run journal of one N2F target: a row before every write and its outcome after, and a row for every change not
/// sent and why. What lets a killed run be resumed without repeating an acknowledged write, and what the history shows.
/// </summary>
public interface IWriteJournal
{
    /// <summary>Records a write before it is sent; returns the entry to complete with <see cref="After"/>.</summary>
    long Before(string runId, N2fChange change, string? payloadHash, DateTimeOffset at);

    /// <summary>Records the outcome of a write recorded by <see cref="Before"/>.</summary>
    void After(long id, SyncResult result);

    /// <summary>
    /// A write recorded with an unknown outcome (its answer was lost) goes out again: its entry is open again, as if
    /// being sent, until <see cref="After"/> records the outcome of this send.
    /// </summary>
    void Reopen(long id, DateTimeOffset at);

    /// <summary>Records a change that was not sent (skipped, held, refused by the write gate, a rejected row...).</summary>
    void NotSent(string runId, N2fChange change, SyncResult result);

    /// <summary>Writes of earlier runs whose outcome never came back (the process died mid-call).</summary>
    IReadOnlyList<JournalEntry> Unfinished(string currentRunId);

    /// <summary>Marks those writes as settled by this run's fresh reading of N2F.</summary>
    void SettleUnfinished(string currentRunId, string message, DateTimeOffset at);
}
