using N2fSync.Sync.Ports;

namespace N2fSync.Store.Parts;

/// <summary>The failed-key queue of one N2F target.</summary>
internal sealed class FailedKeyQueue(StoreDatabase database, string target) : IFailedKeyQueue
{
    public void RecordFailure(string runId, string scope, string company, string key, string action, string? payloadHash,
        int? status, string? message, bool rejected, DateTimeOffset at) => database.Execute(
        """
        INSERT INTO failed_keys (target, scope, company, key, action, payload_hash, status, message, rejected, attempts,
            first_failed_at, last_failed_at, last_run_id)
        VALUES ($target, $scope, $company, $key, $action, $hash, $status, $message, $rejected, 1, $at, $at, $run)
        ON CONFLICT (target, scope, company, key) DO UPDATE SET action = $action, payload_hash = $hash, status = $status,
            message = $message, rejected = $rejected, attempts = attempts + 1, last_failed_at = $at, last_run_id = $run
        """,
        ("$target", target), ("$scope", scope), ("$company", company), ("$key", key), ("$action", action),
        ("$hash", payloadHash), ("$status", status), ("$message", message), ("$rejected", rejected ? 1 : 0),
        ("$at", StoreTime.Format(at)), ("$run", runId));

    public void Clear(string scope, string company, string key) => database.Execute(
        "DELETE FROM failed_keys WHERE target = $target AND scope = $scope AND company = $company AND key = $key",
        ("$target", target), ("$scope", scope), ("$company", company), ("$key", key));

    public IReadOnlyList<FailedKey> All(string? scope = null) => database.Query(
        """
        SELECT scope, company, key, action, payload_hash, status, message, rejected, attempts, last_failed_at, last_run_id
        FROM failed_keys WHERE target = $target AND ($scope IS NULL OR scope = $scope) ORDER BY first_failed_at
        """,
        r =>
        {
            var keys = new List<FailedKey>();
            while (r.Read())
                keys.Add(new FailedKey(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
                    r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetInt32(5),
                    r.IsDBNull(6) ? null : r.GetString(6), r.GetInt32(7) != 0, r.GetInt32(8),
                    StoreTime.Parse(r.GetString(9)), r.GetString(10)));
            return keys;
        }, ("$target", target), ("$scope", scope));

    public void ForgetExcept(string scope, ISet<(string Company, string Key)> stillWanted)
    {
        foreach (var failed in All(scope))
            if (!stillWanted.Contains((failed.Company, failed.Key))) Clear(failed.Scope, failed.Company, failed.Key);
    }
}
