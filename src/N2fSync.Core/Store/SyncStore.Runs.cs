using N2fSync.Sync.Apply;

namespace N2fSync.Store;

public sealed partial class SyncStore
{
    public void StartRun(SyncSummary summary, string? userName, string? host, int processId) => Execute(
        "INSERT INTO runs (id, started_at, scopes, user_name, host, process_id, what_if) VALUES ($id, $at, $scopes, $user, $host, $pid, $whatIf)",
        ("$id", summary.RunId), ("$at", StoreTime.Format(summary.StartedAt)), ("$scopes", string.Join(",", summary.Scopes)),
        ("$user", userName), ("$host", host), ("$pid", processId), ("$whatIf", summary.WhatIf ? 1 : 0));

    public void CompleteRun(SyncSummary summary, string outcome) => Execute(
        """
        UPDATE runs SET ended_at = $end, scopes = $scopes, created = $c, updated = $u, deleted = $d, failed = $f,
            skipped = $s, held = $h, outcome = $o WHERE id = $id
        """,
        ("$id", summary.RunId), ("$end", StoreTime.Format(summary.EndedAt ?? summary.StartedAt)),
        ("$scopes", string.Join(",", summary.Scopes)), ("$c", summary.Created), ("$u", summary.Updated),
        ("$d", summary.Deleted), ("$f", summary.Failed), ("$s", summary.Skipped), ("$h", summary.Held), ("$o", outcome));
}
