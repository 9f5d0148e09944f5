using N2fSync.Agresso;
using N2fSync.Scopes;

namespace N2fSync.Sync.Gate;

/// <summary>
/// What the current source (and, for deletes, a fresh plan against N2F) says about one scope: the yardstick every
/// supplied change is checked against, whatever its origin. Built by the run from what it just read, never from the
/// changes themselves, so an edited, saved or hand-made change cannot vouch for itself.
/// </summary>
public sealed class ScopeTruth
{
    private readonly HashSet<string> _sourceKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _rejectedRows = new(StringComparer.Ordinal);
    private readonly HashSet<string> _managed = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _inSource = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, N2fChange> _plannedDeletes = new(StringComparer.Ordinal);

    private ScopeTruth(ScopeDefinition scope) => Scope = scope;

    public ScopeDefinition Scope { get; }

    /// <summary>True when a fresh plan of the scope was computed (deletes can be checked).</summary>
    public bool DeletesVerified { get; private set; }

    /// <summary>N2F objects of the scope per company code, from the fresh plan.</summary>
    public IReadOnlyDictionary<string, int> N2fObjectsByCompany { get; private set; } = new Dictionary<string, int>();

    /// <summary>From the source rows alone (creates and updates need no more); <paramref name="plan"/> adds what N2F revealed and the deletes.</summary>
    public static ScopeTruth From(ScopeDefinition scope, IReadOnlyList<AgressoEntity> source, IEnumerable<string> configuredCompanies,
        SyncPlan? plan)
    {
        var truth = new ScopeTruth(scope);
        foreach (var entity in source)
        {
            if (entity.Company.Length > 0)
            {
                truth._managed.Add(entity.Company.Trim());
                truth._inSource.Add(entity.Company.Trim());
            }
            if (entity.Key.Length == 0) continue;
            truth._sourceKeys.Add(truth.Id(entity.Company, entity.Key));
            // A user whose address is being changed is known under both addresses: neither may be deleted.
            if (entity is AgressoUser { NewMail.Length: > 0 } user) truth._sourceKeys.Add(truth.Id(entity.Company, user.NewMail));
            if (!entity.IsValid) truth._rejectedRows[truth.Id(entity.Company, entity.Key)] = entity.RowNumber;
        }
        foreach (var company in configuredCompanies.Select(c => c.Trim()).Where(c => c.Length > 0)) truth._managed.Add(company);
        if (plan is null) return truth;
        foreach (var issue in plan.Issues.Where(i => i.IsBlocking && !string.IsNullOrEmpty(i.Key)))
        {
            var entity = source.FirstOrDefault(e => e.RowNumber == issue.RowNumber);
            if (entity is not null && entity.Key.Length > 0) truth._rejectedRows[truth.Id(entity.Company, entity.Key)] = entity.RowNumber;
        }
        foreach (var delete in plan.Changes.Where(c => c.Action == ChangeAction.Delete))
            truth._plannedDeletes[truth.Id(delete.Company, delete.Key)] = delete;
        truth.N2fObjectsByCompany = plan.N2fObjectsByCompany;
        truth.DeletesVerified = true;
        return truth;
    }

    public bool IsManaged(string company) => _managed.Contains(company.Trim());

    /// <summary>Companies with at least one row in the current source (they are not emptied by deletes).</summary>
    public ISet<string> CompaniesInSource => _inSource;

    public bool InSource(N2fChange change) => _sourceKeys.Contains(Id(change.Company, change.Key));

    /// <summary>The source row that rejects this key, if the source rejects it.</summary>
    public int? RejectedRow(N2fChange change) => _rejectedRows.TryGetValue(Id(change.Company, change.Key), out var row) ? row : null;

    /// <summary>Every delete the fresh plan calls for.</summary>
    public IEnumerable<N2fChange> PlannedDeletes => _plannedDeletes.Values;

    /// <summary>The fresh plan's delete of this key, when the current source and N2F call for one.</summary>
    public N2fChange? PlannedDelete(N2fChange change) => _plannedDeletes.TryGetValue(Id(change.Company, change.Key), out var delete) ? delete : null;

    /// <summary>Users are keyed by mail across companies; axis values by company and code.</summary>
    private string Id(string company, string key) =>
        Scope.Kind == ScopeKind.Users ? key.Trim().ToLowerInvariant() : company.Trim().ToUpperInvariant() + "\n" + key.Trim();
}
