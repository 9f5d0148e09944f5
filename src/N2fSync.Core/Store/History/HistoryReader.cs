using System.Text.Json;
using Microsoft.Data.Sqlite;
using N2fSync.Diagnostics;
using N2fSync.Sync.Apply;
using N2fSync.Sync.Ports;
using N2fSync.Sync;


namespace N2fSync.Store.History;

/// <summary>What Get-N2fSyncRun, Get-N2fSyncChange and the reports read: runs and per-row outcomes, every target's.</summary>
public sealed class HistoryReader
{
    private readonly StoreDatabase _database;

    internal HistoryReader(StoreDatabase database) => _database = database;

    /// <summary>Each run's notification attempts in one line, oldest first ("Webhook: sent; Mail: failed").</summary>
    private const string NotificationsColumn = "(SELECT group_concat(n.channel || ': ' || CASE n.ok WHEN 1 THEN 'sent' ELSE 'failed' END, '; ') "
        + "FROM (SELECT channel, ok FROM notifications WHERE run_id = runs.id ORDER BY id) n) AS notifications";

    /// <summary>Runs matching the query, newest first.</summary>
    public IReadOnlyList<SyncRunRecord> Runs(RunQuery query)
    {
        var where = new SqlFilter();
        where.In("id", query.Ids);
        if (query.Target is { } target) where.Add("target = $target", ("$target", target));
        if (query.Scope is { } scope) where.Add("(',' || lower(scopes) || ',') LIKE ('%,' || lower($scope) || ',%')", ("$scope", scope.Trim()));
        if (query.Outcomes is { Count: > 0 } outcomes)
        {
            var named = outcomes.Where(o => o != RunOutcome.Unfinished).Select(o => o.ToString()).ToList();
            var clause = named.Count == 0 ? "0" : where.InList("outcome", named);
            where.Add(outcomes.Contains(RunOutcome.Unfinished) ? $"({clause} OR outcome IS NULL)" : clause);
        }
        where.Range("started_at", query.After, query.Before);
        var limit = query.Last is { } last ? $" LIMIT {Math.Max(0, last)}" : "";
        return _database.Query($"SELECT *, {NotificationsColumn} FROM runs{where} ORDER BY started_at DESC, rowid DESC{limit}", r =>
        {
            var runs = new List<SyncRunRecord>();
            while (r.Read()) runs.Add(ReadRun(r));
            return runs;
        }, where.Parameters);
    }

    /// <summary>Streams the per-row outcomes matching the query to <paramref name="onChange"/>, in the order they happened.</summary>
    public void Changes(ChangeQuery query, Action<SyncChangeRecord> onChange)
    {
        var where = new SqlFilter();
        where.In("run_id", query.RunIds);
        if (!string.IsNullOrEmpty(query.Key)) where.Add("lower(key) GLOB $key", ("$key", KeyPattern.ToGlob(query.Key!)));
        where.In("lower(scope)", query.Scopes?.Select(s => s.Trim().ToLowerInvariant()).ToList());
        where.In("action", query.Actions?.Select(a => a.ToString()).ToList());
        if (query.Outcomes is { Count: > 0 } outcomes)
        {
            var clause = where.InList("outcome", outcomes.Select(o => o.ToString()).ToList());
            // A write still marked Sending has no outcome yet: it reads as Unknown.
            where.Add(outcomes.Contains(SyncOutcome.Unknown) ? $"({clause} OR outcome IS NULL)" : clause);
        }
        where.Range("sent_at", query.After, query.Before);
        // Pages by id so the store is not held while the caller writes each record to the pipeline.
        for (long after = 0; ;)
        {
            var page = _database.Query($"SELECT * FROM journal{where.And("id > $after")} ORDER BY id LIMIT 500", r =>
            {
                var records = new List<SyncChangeRecord>();
                while (r.Read()) records.Add(ReadChange(r));
                return records;
            }, [.. where.Parameters, ("$after", after)]);
            foreach (var record in page) onChange(record);
            if (page.Count < 500) return;
            after = page[page.Count - 1].Id;
        }
    }

    private static SyncRunRecord ReadRun(SqliteDataReader r) => new()
    {
        Id = Str(r, "id")!,
        StartedAt = StoreTime.Parse(Str(r, "started_at")!),
        EndedAt = Str(r, "ended_at") is { } end ? StoreTime.Parse(end) : null,
        Scopes = (Str(r, "scopes") ?? "").Split([','], StringSplitOptions.RemoveEmptyEntries),
        UserName = Str(r, "user_name"),
        Host = Str(r, "host"),
        ProcessId = Int(r, "process_id"),
        Created = Int(r, "created") ?? 0, Updated = Int(r, "updated") ?? 0, Deleted = Int(r, "deleted") ?? 0,
        Unchanged = Int(r, "unchanged") ?? 0, Skipped = Int(r, "skipped") ?? 0, Failed = Int(r, "failed") ?? 0,
        Held = Int(r, "held") ?? 0, Refused = Int(r, "refused") ?? 0, DataIssues = Int(r, "data_issues") ?? 0,
        Outcome = Enum.TryParse<RunOutcome>(Str(r, "outcome"), out var outcome) ? outcome : RunOutcome.Unfinished,
        FailedBecause = Str(r, "failure"),
        Target = Str(r, "target"),
        ConfigPath = Str(r, "config_path"),
        ScopeResults = Str(r, "scope_status") is { } status ? JsonSerializer.Deserialize<List<ScopeResult>>(status, HistoryJson.Options) ?? [] : [],
        StoppedBecause = Str(r, "stopped_because"),
        Completeness = Str(r, "completeness") is { } c ? JsonSerializer.Deserialize<List<ScopeCompleteness>>(c, HistoryJson.Options) ?? [] : [],
        Metrics = Str(r, "metrics") is { } m ? JsonSerializer.Deserialize<SyncMetrics>(m, HistoryJson.Options) : null,
        Notifications = Str(r, "notifications"),
    };

    private static SyncChangeRecord ReadChange(SqliteDataReader r)
    {
        var state = Str(r, "state");
        var outcome = Str(r, "outcome");
        return new SyncChangeRecord
        {
            Id = r.GetInt64(r.GetOrdinal("id")),
            RunId = Str(r, "run_id")!,
            At = StoreTime.Parse(Str(r, "sent_at")!),
            Scope = Str(r, "scope")!,
            Company = Str(r, "company")!,
            Key = Str(r, "key")!,
            Action = Enum.TryParse<ChangeAction>(Str(r, "action"), out var action) ? action : ChangeAction.None,
            Outcome = Enum.TryParse<SyncOutcome>(outcome, out var parsed) ? parsed : SyncOutcome.Unknown,
            Sent = (Int(r, "sent") ?? 1) != 0,
            StatusCode = Int(r, "status"),
            Message = Str(r, "message") ?? (state == JournalEntry.Sending ? "sent; no answer recorded (the run is still going, or died mid-call)." : null),
            Differences = DifferencesJson.Read(Str(r, "differences")),
            ChangedFields = Str(r, "changed_fields") ?? "",
            RowNumber = Int(r, "row_number"),
            Duration = r.IsDBNull(r.GetOrdinal("duration_ms")) ? null : TimeSpan.FromMilliseconds(r.GetDouble(r.GetOrdinal("duration_ms"))),
        };
    }

    /// <summary>Keys the journal knows that start with <paramref name="prefix"/>, for tab completion; at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<string> KnownKeys(string prefix, int limit) => _database.Query(
        "SELECT DISTINCT key FROM journal WHERE key LIKE $prefix ESCAPE '\\' ORDER BY key LIMIT $limit",
        r =>
        {
            var keys = new List<string>();
            while (r.Read()) keys.Add(r.GetString(0));
            return keys;
        },
        ("$prefix", prefix.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%"), ("$limit", limit));

    /// <summary>Ids of the newest runs (for completion), newest first.</summary>
    public IReadOnlyList<string> RecentRunIds(string prefix, int limit) => _database.Query(
        "SELECT id FROM runs WHERE id LIKE $prefix ORDER BY started_at DESC LIMIT $limit",
        r =>
        {
            var ids = new List<string>();
            while (r.Read()) ids.Add(r.GetString(0));
            return ids;
        }, ("$prefix", prefix.Replace("%", "").Replace("_", "") + "%"), ("$limit", limit));

    private static string? Str(SqliteDataReader r, string column) => Columns.Text(r, column);
    private static int? Int(SqliteDataReader r, string column) => Columns.Int(r, column);
}
