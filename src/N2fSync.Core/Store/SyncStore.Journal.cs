using N2fSync.Sync;
using N2fSync.Sync.Apply;

namespace N2fSync.Store;

/// <summary>A write as the journal saw it: sent, and with what outcome, if one came back.</summary>
public sealed record JournalEntry(long Id, string RunId, string Scope, string Company, string Key, string Action,
    string? PayloadHash, string State, string? Outcome, int? StatusCode, string? Message, DateTimeOffset SentAt);

public sealed partial class SyncStore
{
    /// <summary>Journal state of a write sent but not yet answered; left behind by a run that died mid-call.</summary>
    public const string Sending = "Sending";
    public const string Done = "Done";

    /// <summary>Records a write before it is sent (architecture: journal before and after every write).</summary>
    public long JournalBefore(string runId, N2fChange change, string? payloadHash, DateTimeOffset at) => Insert(
        """
        INSERT INTO journal (run_id, scope, company, key, action, payload_hash, changed_fields, differences, row_number,
            state, sent_at, sent)
        VALUES ($run, $scope, $company, $key, $action, $hash, $fields, $differences, $row, 'Sending', $at, 1)
        """,
        ("$run", runId), ("$scope", change.Scope), ("$company", change.Company), ("$key", change.Key),
        ("$action", change.Action.ToString()), ("$hash", payloadHash), ("$fields", change.ChangedFields),
        ("$differences", DifferencesJson.Write(change.Differences)), ("$row", change.RowNumber), ("$at", StoreTime.Format(at)));

    /// <summary>
    /// Records a change that was not sent (skipped, held, a rejected source row, a dependency that failed, a payload
    /// N2F already refused), so the journal answers "which rows failed and why" for every row, not only the writes.
    /// </summary>
    public void JournalNotSent(string runId, N2fChange change, SyncResult result) => Execute(
        """
        INSERT INTO journal (run_id, scope, company, key, action, payload_hash, changed_fields, differences, row_number,
            state, outcome, status, message, duration_ms, sent_at, done_at, sent)
        VALUES ($run, $scope, $company, $key, $action, NULL, $fields, $differences, $row, 'Done', $outcome, $status,
            $message, 0, $at, $at, 0)
        """,
        ("$run", runId), ("$scope", change.Scope), ("$company", change.Company), ("$key", change.Key),
        ("$action", change.Action.ToString()), ("$fields", change.ChangedFields),
        ("$differences", DifferencesJson.Write(change.Differences)), ("$row", change.RowNumber),
        ("$outcome", result.Outcome.ToString()), ("$status", result.StatusCode), ("$message", result.Message),
        ("$at", StoreTime.Format(result.Timestamp)));

    /// <summary>Records the outcome of a write recorded by <see cref="JournalBefore"/>.</summary>
    public void JournalAfter(long id, SyncResult result) => Execute(
        "UPDATE journal SET state = 'Done', outcome = $outcome, status = $status, message = $message, duration_ms = $ms, done_at = $at WHERE id = $id",
        ("$id", id), ("$outcome", result.Outcome.ToString()), ("$status", result.StatusCode), ("$message", result.Message),
        ("$ms", result.Duration.TotalMilliseconds), ("$at", StoreTime.Format(result.Timestamp)));

    /// <summary>Writes of earlier runs whose outcome never came back (the process died mid-call).</summary>
    public IReadOnlyList<JournalEntry> UnfinishedWrites(string currentRunId) => Query(
        "SELECT * FROM journal WHERE state = 'Sending' AND run_id <> $run ORDER BY id",
        ReadEntries, ("$run", currentRunId));

    /// <summary>Marks unfinished writes of earlier runs as settled by this run's fresh reading of N2F.</summary>
    public void SettleUnfinished(string currentRunId, string message, DateTimeOffset at) => Execute(
        "UPDATE journal SET state = 'Done', outcome = 'Unknown', message = $message, done_at = $at WHERE state = 'Sending' AND run_id <> $run",
        ("$run", currentRunId), ("$message", message), ("$at", StoreTime.Format(at)));

    public IReadOnlyList<JournalEntry> Journal(string runId) =>
        Query("SELECT * FROM journal WHERE run_id = $run ORDER BY id", ReadEntries, ("$run", runId));

    private static List<JournalEntry> ReadEntries(Microsoft.Data.Sqlite.SqliteDataReader r)
    {
        var entries = new List<JournalEntry>();
        while (r.Read())
            entries.Add(new JournalEntry(r.GetInt64(r.GetOrdinal("id")), r.GetString(r.GetOrdinal("run_id")),
                r.GetString(r.GetOrdinal("scope")), r.GetString(r.GetOrdinal("company")), r.GetString(r.GetOrdinal("key")),
                r.GetString(r.GetOrdinal("action")), Text(r, "payload_hash"), r.GetString(r.GetOrdinal("state")),
                Text(r, "outcome"), r.IsDBNull(r.GetOrdinal("status")) ? null : r.GetInt32(r.GetOrdinal("status")),
                Text(r, "message"), StoreTime.Parse(r.GetString(r.GetOrdinal("sent_at")))));
        return entries;
    }

    private static string? Text(Microsoft.Data.Sqlite.SqliteDataReader r, string column) =>
        r.IsDBNull(r.GetOrdinal(column)) ? null : r.GetString(r.GetOrdinal(column));
}

public sealed partial class SyncStore
{
    /// <summary>Keys the journal knows that start with <paramref name="prefix"/>, for tab completion; at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<string> KnownKeys(string prefix, int limit) => Query(
        "SELECT DISTINCT key FROM journal WHERE key LIKE $prefix ESCAPE '\\' ORDER BY key LIMIT $limit",
        r =>
        {
            var keys = new List<string>();
            while (r.Read()) keys.Add(r.GetString(0));
            return keys;
        },
        ("$prefix", prefix.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%"), ("$limit", limit));
}
