namespace N2fSync.Store;

/// <summary>A key whose last write failed: planned first next run; a refused payload is not resent unchanged.</summary>
public sealed record FailedKey(string Scope, string Company, string Key, string Action, string? PayloadHash, int? StatusCode,
    string? Message, bool Rejected, int Attempts, DateTimeOffset LastFailedAt, string LastRunId);

public sealed partial class SyncStore
{
    public void RecordFailure(string runId, string scope, string company, string key, string action, string? payloadHash,
        int? status, string? message, bool rejected, DateTimeOffset at) => Execute(
        """
        INSERT INTO failed_keys (scope, company, key, action, payload_hash, status, message, rejected, attempts,
            first_failed_at, last_failed_at, last_run_id)
        VALUES ($scope, $company, $key, $action, $hash, $status, $message, $rejected, 1, $at, $at, $run)
        ON CONFLICT (scope, company, key) DO UPDATE SET action = $action, payload_hash = $hash, status = $status,
            message = $message, rejected = $rejected, attempts = attempts + 1, last_failed_at = $at, last_run_id = $run
        """,
        ("$scope", scope), ("$company", company), ("$key", key), ("$action", action), ("$hash", payloadHash),
        ("$status", status), ("$message", message), ("$rejected", rejected ? 1 : 0), ("$at", StoreTime.Format(at)),
        ("$run", runId));

    public void ClearFailure(string scope, string company, string key) => Execute(
        "DELETE FROM failed_keys WHERE scope = $scope AND company = $company AND key = $key",
        ("$scope", scope), ("$company", company), ("$key", key));

    /// <summary>The failed-key queue of a scope (all scopes when null), oldest failure first.</summary>
    public IReadOnlyList<FailedKey> FailedKeys(string? scope = null) => Query(
        "SELECT * FROM failed_keys WHERE $scope IS NULL OR scope = $scope ORDER BY first_failed_at",
        r =>
        {
            var keys = new List<FailedKey>();
            while (r.Read())
                keys.Add(new FailedKey(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
                    r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetInt32(5),
                    r.IsDBNull(6) ? null : r.GetString(6), r.GetInt32(7) != 0, r.GetInt32(8),
                    StoreTime.Parse(r.GetString(10)), r.GetString(11)));
            return keys;
        }, ("$scope", scope));

    /// <summary>Drops queued keys the source no longer asks for (decisions: until they succeed or are no longer wanted).</summary>
    public void ForgetFailuresExcept(string scope, ISet<(string Company, string Key)> stillWanted)
    {
        foreach (var failed in FailedKeys(scope))
            if (!stillWanted.Contains((failed.Company, failed.Key))) ClearFailure(failed.Scope, failed.Company, failed.Key);
    }
}
