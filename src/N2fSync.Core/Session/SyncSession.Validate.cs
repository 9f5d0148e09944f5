using N2fSync.Agresso;
using N2fSync.N2f;
using N2fSync.N2f.Http;
using N2fSync.Scopes;
using N2fSync.Sync;

namespace N2fSync.Session;

/// <summary>The data-quality issues of a scope's source rows, and why the checks that need N2F did not run, if they did not.</summary>
public sealed record SourceValidation(IReadOnlyList<DataIssue> Issues, string? N2fChecksSkippedBecause);

public sealed partial class SyncSession
{
    /// <summary>
    /// Every data-quality issue of <paramref name="rows"/>: those the source checks found, then those only planning
    /// finds (unknown company, role, profile or axis; manager neither in the source nor in N2F), when N2F can be read.
    /// Reads only: the plan is computed and thrown away.
    /// </summary>
    public async Task<SourceValidation> ValidateAsync(ScopeDefinition scope, IReadOnlyList<AgressoEntity> rows,
        CancellationToken cancellationToken)
    {
        string? skipped = null;
        IReadOnlyList<DataIssue> planned = [];
        try
        {
            planned = (await PlanAsync(scope, rows, new PlanOptions { PriorityKeys = new HashSet<string>() }, cancellationToken)
                .ConfigureAwait(false)).Issues;
        }
        catch (Exception e) when (e is N2fCredentialsMissingException or N2fApiException)
        {
            skipped = e.Message;
        }
        // Planning attaches its issues to the rows; any it could not attach still belong in the list.
        var onRows = rows.SelectMany(r => r.Issues).ToList();
        var attached = new HashSet<DataIssue>(onRows);
        var issues = onRows.Concat(planned.Where(i => !attached.Contains(i)))
            .OrderBy(i => i.RowNumber).ToList();
        return new SourceValidation(issues, skipped);
    }
}
