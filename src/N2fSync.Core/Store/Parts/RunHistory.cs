using System.Text.Json;
using N2fSync.Agresso;
using N2fSync.Sync.Apply;
using N2fSync.Sync.Ports;

namespace N2fSync.Store.Parts;

/// <summary>The runs table: a row when a run starts, its counts, outcome and scopes when it ends.</summary>
internal sealed class RunHistory(StoreDatabase database, DataIssueLog issues) : IRunHistory
{
    public void Start(RunStart start) => database.Execute(
        """
        INSERT INTO runs (id, started_at, scopes, user_name, host, process_id, what_if, target, config_path)
        VALUES ($id, $at, '', $user, $host, $pid, $whatIf, $target, $config)
        """,
        ("$id", start.RunId), ("$at", StoreTime.Format(start.StartedAt)), ("$user", start.UserName), ("$host", start.Host),
        ("$pid", start.ProcessId), ("$whatIf", start.WhatIf ? 1 : 0), ("$target", start.Target), ("$config", start.ConfigPath));

    public void Complete(SyncSummary summary) => database.Execute(
        """
        UPDATE runs SET ended_at = $end, scopes = $scopes, created = $c, updated = $u, deleted = $d, failed = $f,
            skipped = $s, held = $h, refused = $r, outcome = $o, unchanged = $n, stopped_because = $why, data_issues = $issues,
            completeness = $completeness, metrics = $metrics, failure = $failure, scope_status = $status WHERE id = $id
        """,
        ("$id", summary.RunId), ("$end", StoreTime.Format(summary.EndedAt ?? summary.StartedAt)),
        ("$scopes", string.Join(",", summary.Scopes)), ("$c", summary.Created), ("$u", summary.Updated),
        ("$d", summary.Deleted), ("$f", summary.Failed), ("$s", summary.Skipped), ("$h", summary.Held), ("$r", summary.Refused),
        ("$o", summary.Outcome.ToString()), ("$n", summary.Unchanged), ("$why", summary.StoppedBecause),
        ("$issues", summary.DataIssues), ("$failure", summary.FailedBecause),
        ("$completeness", summary.Completeness.Count == 0 ? null : JsonSerializer.Serialize(summary.Completeness, HistoryJson.Options)),
        ("$metrics", summary.Metrics is null ? null : JsonSerializer.Serialize(summary.Metrics, HistoryJson.Options)),
        ("$status", summary.ScopeResults.Count == 0 ? null : JsonSerializer.Serialize(summary.ScopeResults, HistoryJson.Options)));

    public void RecordIssues(string runId, IEnumerable<DataIssue> found, DateTimeOffset at) => issues.Record(runId, found, at);
}
