using System.Globalization;
using N2fSync.Config;

namespace N2fSync.Sync.Gate;

/// <summary>A scope and company whose planned deletes exceed the guard's thresholds.</summary>
public sealed record DeleteGuardBreach(string Scope, string Company, int Deletes, int N2fObjects, string Reason)
{
    public override string ToString() => $"{Scope} {Company}: {Reason}";
}

/// <summary>
/// Holds deletes that look like a broken source rather than real departures: per scope and company, more deletes than
/// a count, more than a share of that company's N2F objects (above a floor), or every object the company has in the
/// scope whatever their number (a company with five plates must not lose all five in silence). Creates and updates
/// are never held. The same rules mark a plan (so Compare-N2fPayload shows what would be held) and decide, in the write
/// gate, what is actually sent.
/// </summary>
public static class DeleteGuard
{
    /// <summary>
    /// The companies whose <paramref name="deletes"/> breach the guard, given each company's N2F objects in the scope and
    /// the companies that have rows in the source (a company with source rows is not emptied, whatever is deleted).
    /// </summary>
    public static IReadOnlyList<DeleteGuardBreach> Evaluate(string scope, IEnumerable<N2fChange> deletes,
        IReadOnlyDictionary<string, int> n2fObjectsByCompany, SafetyOptions safety, ISet<string> companiesInSource)
    {
        var breaches = new List<DeleteGuardBreach>();
        foreach (var company in deletes.Where(c => c.Action == ChangeAction.Delete)
                     .GroupBy(c => c.Company, StringComparer.OrdinalIgnoreCase))
        {
            var count = company.Select(c => c.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count();
            n2fObjectsByCompany.TryGetValue(company.Key, out var total);
            if (Reason(count, total, safety, companiesInSource.Contains(company.Key.Trim())) is { } reason)
                breaches.Add(new DeleteGuardBreach(scope, company.Key, count, total, reason));
        }
        return breaches;
    }

    /// <summary>Marks the plan's deletes in breaching companies as held (what Compare-N2fPayload shows).</summary>
    public static SyncPlan Apply(SyncPlan plan, SafetyOptions safety, ISet<string> companiesInSource)
    {
        var breaches = Evaluate(plan.Scope, plan.Changes, plan.N2fObjectsByCompany, safety, companiesInSource);
        if (breaches.Count == 0) return plan;
        var held = breaches.ToDictionary(b => b.Company, StringComparer.OrdinalIgnoreCase);
        var changes = plan.Changes.Select(c => c.Action == ChangeAction.Delete && held.TryGetValue(c.Company, out var breach)
            ? c with { Held = true, Reason = $"held by the delete guard: {breach.Reason}" } : c).ToList();
        return plan.With(changes, breaches);
    }

    private static string? Reason(int deletes, int total, SafetyOptions safety, bool hasSourceRows)
    {
        if (deletes >= total && !hasSourceRows)
            return total == 0
                ? $"{deletes} deletes planned in a company where N2F's object count is unknown"
                : $"all {total} of the company's N2F objects in this scope would be deleted, and the source has no row of it";
        if (deletes > safety.MaxDeleteCount)
            return $"{deletes} deletes planned, above safety.maxDeleteCount ({safety.MaxDeleteCount})";
        var percent = total == 0 ? 100 : 100.0 * deletes / total;
        if (deletes > safety.PercentGuardFloor && percent > safety.MaxDeletePercent)
            return string.Format(CultureInfo.InvariantCulture,
                "{0} of {1} N2F objects ({2:0.#} %) would be deleted, above safety.maxDeletePercent ({3} %)",
                deletes, total, percent, safety.MaxDeletePercent);
        return null;
    }
}
