using N2fSync.Agresso;

namespace N2fSync.Sync;

/// <summary>
/// What Compare-N2fPayload received for one scope, and for which companies that is the whole source: all the rows of
/// that company from a complete Get-AgressoEntity read. Deletes are planned only for those companies, unless the caller
/// states that the input is complete (-SourceIsComplete).
/// </summary>
public sealed class ComparedInput(string scope)
{
    private readonly List<AgressoEntity> _entities = [];
    private readonly Dictionary<SourceRead, Dictionary<string, HashSet<AgressoEntity>>> _received = [];
    private readonly HashSet<string> _companies = new(StringComparer.OrdinalIgnoreCase);
    private bool _unmarked;

    public string Scope { get; } = scope;
    public IReadOnlyList<AgressoEntity> Entities => _entities;

    public void Add(AgressoEntity entity)
    {
        _entities.Add(entity);
        var company = entity.Company.Trim();
        _companies.Add(company);
        if (entity.Read is not { } read || !string.Equals(read.Scope, Scope, StringComparison.OrdinalIgnoreCase))
        {
            _unmarked = true;
            return;
        }
        if (!_received.TryGetValue(read, out var byCompany)) _received[read] = byCompany = new(StringComparer.OrdinalIgnoreCase);
        if (!byCompany.TryGetValue(company, out var rows)) byCompany[company] = rows = new HashSet<AgressoEntity>(ReferenceEqualityComparer.Instance);
        rows.Add(entity);
    }

    /// <summary>True when the input holds every row of <paramref name="company"/> from one complete read, and nothing else of it.</summary>
    public bool IsCompleteFor(string company)
    {
        company = company.Trim();
        if (_unmarked && _companies.Contains(company) && _entities.Any(e => e.Read is null && string.Equals(e.Company.Trim(), company, StringComparison.OrdinalIgnoreCase)))
            return false;
        var reads = _received.Where(r => r.Key.IsComplete).ToList();
        if (reads.Count != 1 || _received.Count != 1) return false;
        var (read, byCompany) = (reads[0].Key, reads[0].Value);
        var received = byCompany.TryGetValue(company, out var rows) ? rows.Count : 0;
        return received == read.RowsOf(company);
    }

    /// <summary>
    /// The plan without the deletes of companies this input is not the whole source of; says which companies lost
    /// their deletes and how many.
    /// </summary>
    public SyncPlan RestrictDeletes(SyncPlan plan, bool sourceIsComplete, out IReadOnlyList<(string Company, int Deletes)> withheld)
    {
        if (sourceIsComplete)
        {
            withheld = [];
            return plan;
        }
        var verdicts = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        bool Complete(string company) => verdicts.TryGetValue(company, out var v) ? v : verdicts[company] = IsCompleteFor(company);
        withheld = plan.Changes.Where(c => c.Action == ChangeAction.Delete && !Complete(c.Company))
            .GroupBy(c => c.Company, StringComparer.OrdinalIgnoreCase).Select(g => (g.Key, g.Count())).ToList();
        if (withheld.Count == 0) return plan;
        return plan.With(plan.Changes.Where(c => c.Action != ChangeAction.Delete || Complete(c.Company)).ToList());
    }

    /// <summary>Reference identity for rows: the same row piped twice is still one row.</summary>
    private sealed class ReferenceEqualityComparer : IEqualityComparer<AgressoEntity>
    {
        public static ReferenceEqualityComparer Instance { get; } = new();
        public bool Equals(AgressoEntity? x, AgressoEntity? y) => ReferenceEquals(x, y);
        public int GetHashCode(AgressoEntity obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
