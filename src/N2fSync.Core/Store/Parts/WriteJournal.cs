using Microsoft.Data.Sqlite;
using N2fSync.Sync.Apply;
using N2fSync.Sync.Ports;
using N2fSync.Sync;

namespace N2fSync.Store.Parts;

/// <summary>The journal of one N2F target: before and after every write, and every change not sent.</summary>
internal sealed class WriteJournal(StoreDatabase database, string target) : IWriteJournal
{
    public long Before(string runId, N2fChange change, string? payloadHash, DateTimeOffset at) => database.Insert(
        """
        INSERT INTO journal (run_id, target, scope, company, key, action, payload_hash, changed_fields, differences,
            row_number, state, sent_at, sent)
        VALUES ($run, $target, $scope, $company, $key, $action, $hash, $fields, $differences, $row, 'Sending', $at, 1)
        """,
        ("$run", runId), ("$target", target), ("$scope", change.Scope), ("$company", change.Company), ("$key", change.Key),
        ("$action", change.Action.ToString()), ("$hash", payloadHash), ("$fields", change.ChangedFields),
        ("$differences", DifferencesJson.Write(change.Differences)), ("$row", change.RowNumber), ("$at", StoreTime.Format(at)));

    public void NotSent(string runId, N2fChange change, SyncResult result) => database.Execute(
        """
        INSERT INTO journal (run_id, target, scope, company, key, action, payload_hash, changed_fields, differences,
            row_number, state, outcome, status, message, duration_ms, sent_at, done_at, sent)
        VALUES ($run, $target, $scope, $company, $key, $action, NULL, $fields, $differences, $row, 'Done', $outcome,
            $status, $message, 0, $at, $at, 0)
        """,
        ("$run", runId), ("$target", target), ("$scope", change.Scope), ("$company", change.Company), ("$key", change.Key),
        ("$action", change.Action.ToString()), ("$fields", change.ChangedFields),
        ("$differences", DifferencesJson.Write(change.Differences)), ("$row", change.RowNumber),
        ("$outcome", result.Outcome.ToString()), ("$status", result.StatusCode), ("$message", result.Message),
        ("$at", StoreTime.Format(result.Timestamp)));

    public void After(long id, SyncResult result) => database.Execute(
        "UPDATE journal SET state = 'Done', outcome = $outcome, status = $status, message = $message, duration_ms = $ms, done_at = $at WHERE id = $id",
        ("$id", id), ("$outcome", result.Outcome.ToString()), ("$status", result.StatusCode), ("$message", result.Message),
        ("$ms", result.Duration.TotalMilliseconds), ("$at", StoreTime.Format(result.Timestamp)));

    public void Reopen(long id, DateTimeOffset at) => database.Execute(
        "UPDATE journal SET state = 'Sending', outcome = NULL, status = NULL, done_at = NULL, sent_at = $at WHERE id = $id",
        ("$id", id), ("$at", StoreTime.Format(at)));

    /// <summary>Only this target's: another target's unfinished write is settled by that target's next run.</summary>
    public IReadOnlyList<JournalEntry> Unfinished(string currentRunId) => database.Query(
        "SELECT * FROM journal WHERE state = 'Sending' AND run_id <> $run AND target = $target ORDER BY id",
        ReadEntries, ("$run", currentRunId), ("$target", target));

    public void SettleUnfinished(string currentRunId, string message, DateTimeOffset at) => database.Execute(
        "UPDATE journal SET state = 'Done', outcome = 'Unknown', message = $message, done_at = $at WHERE state = 'Sending' AND run_id <> $run AND target = $target",
        ("$run", currentRunId), ("$target", target), ("$message", message), ("$at", StoreTime.Format(at)));

    /// <summary>The entries of one run, in the order they were written.</summary>
    public IReadOnlyList<JournalEntry> OfRun(string runId) =>
        database.Query("SELECT * FROM journal WHERE run_id = $run ORDER BY id", ReadEntries, ("$run", runId));

    private static List<JournalEntry> ReadEntries(SqliteDataReader r)
    {
        var entries = new List<JournalEntry>();
        while (r.Read())
            entries.Add(new JournalEntry(r.GetInt64(r.GetOrdinal("id")), r.GetString(r.GetOrdinal("run_id")),
                r.GetString(r.GetOrdinal("scope")), r.GetString(r.GetOrdinal("company")), r.GetString(r.GetOrdinal("key")),
                r.GetString(r.GetOrdinal("action")), Columns.Text(r, "payload_hash"), r.GetString(r.GetOrdinal("state")),
                Columns.Text(r, "outcome"), Columns.Int(r, "status"), Columns.Text(r, "message"),
                StoreTime.Parse(r.GetString(r.GetOrdinal("sent_at")))));
        return entries;
    }
}
