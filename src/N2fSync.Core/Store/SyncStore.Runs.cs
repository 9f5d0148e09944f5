using System.Text.Json;
using N2fSync.Diagnostics;
using N2fSync.Sync.Apply;

namespace N2fSync.Store;

public sealed partial class SyncStore
{
    public void StartRun(SyncSummary summary, string? userName, string? host, int processId) => Execute(
        "INSERT INTO runs (id, started_at, scopes, user_name, host, process_id, what_if) VALUES ($id, $at, $scopes, $user, $host, $pid, $whatIf)",
        ("$id", summary.RunId), ("$at", StoreTime.Format(summary.StartedAt)), ("$scopes", string.Join(",", summary.Scopes)),
        ("$user", userName), ("$host", host), ("$pid", processId), ("$whatIf", summary.WhatIf ? 1 : 0));

    public void CompleteRun(SyncSummary summary, string outcome, SyncMetrics? metrics = null) => Execute(
        """
        UPDATE runs SET ended_at = $end, scopes = $scopes, created = $c, updated = $u, deleted = $d, failed = $f,
            skipped = $s, held = $h, outcome = $o, unchanged = $n, stopped_because = $why, data_issues = $issues,
            completeness = $completeness, metrics = $metrics WHERE id = $id
        """,
        ("$id", summary.RunId), ("$end", StoreTime.Format(summary.EndedAt ?? summary.StartedAt)),
        ("$scopes", string.Join(",", summary.Scopes)), ("$c", summary.Created), ("$u", summary.Updated),
        ("$d", summary.Deleted), ("$f", summary.Failed), ("$s", summary.Skipped), ("$h", summary.Held), ("$o", outcome),
        ("$n", summary.Unchanged), ("$why", summary.StoppedBecause), ("$issues", summary.DataIssues),
        ("$completeness", summary.Completeness.Count == 0 ? null : JsonSerializer.Serialize(summary.Completeness, HistoryJson.Options)),
        ("$metrics", metrics is null ? null : JsonSerializer.Serialize(metrics, HistoryJson.Options)));
}

/// <summary>One JSON shape for what the store keeps as JSON (metrics, completeness) and what reports write.</summary>
internal static class HistoryJson
{
    public static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}
