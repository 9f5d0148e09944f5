using N2fSync.Agresso;

namespace N2fSync.Store.Parts;

/// <summary>The data-quality issues each run found, for its report and the data steward.</summary>
internal sealed class DataIssueLog(StoreDatabase database)
{
    public void Record(string runId, IEnumerable<DataIssue> issues, DateTimeOffset at) => database.InTransaction(transaction =>
    {
        foreach (var issue in issues)
            transaction.Execute(
                """
                INSERT INTO data_issues (run_id, scope, row_number, key, field, kind, message, value, blocking, at, source_name, source_unit)
                VALUES ($run, $scope, $row, $key, $field, $kind, $message, $value, $blocking, $at, $sourceName, $sourceUnit)
                """,
                ("$run", runId), ("$scope", issue.Scope), ("$row", issue.RowNumber), ("$key", issue.Key), ("$field", issue.Field),
                ("$kind", issue.Kind.ToString()), ("$message", issue.Message), ("$value", issue.Value),
                ("$blocking", issue.IsBlocking ? 1 : 0), ("$at", StoreTime.Format(at)),
                ("$sourceName", issue.Origin?.Name), ("$sourceUnit", issue.Origin?.Unit));
    });

    /// <summary>The data-quality issues of a run, by scope and row.</summary>
    public IReadOnlyList<DataIssue> OfRun(string runId) => database.Query(
        "SELECT scope, row_number, key, field, kind, message, value, blocking, source_name, source_unit FROM data_issues WHERE run_id = $run ORDER BY scope, row_number, id",
        r =>
        {
            var issues = new List<DataIssue>();
            while (r.Read())
                issues.Add(new DataIssue(r.GetString(0), r.GetInt32(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3),
                    Enum.TryParse<DataIssueKind>(r.GetString(4), out var kind) ? kind : DataIssueKind.MissingRequired,
                    r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetInt32(7) != 0)
                {
                    Origin = r.IsDBNull(8) || r.IsDBNull(9) ? null : new SourceOrigin(r.GetString(8), r.GetString(9)),
                });
            return issues;
        }, ("$run", runId));
}
