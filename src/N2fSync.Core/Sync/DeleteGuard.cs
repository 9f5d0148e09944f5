using System.Globalization;
using N2fSync.Config;

namespace N2fSync.Sync;

/// <summary>A scope and company whose planned deletes exceed the guard's thresholds.</summary>
public sealed record DeleteGuardBreach(string Scope, string Company, int Deletes, int N2fObjects, string Reason)
{
    public override string ToString() => $"{Scope} {Company}: {Reason}";
}

/// <summary>
/// Holds deletes that look like a broken source rather than real departures (decisions 12, domain lesson 1):
/// per scope and company, more deletes than a count, or more than a share of that company's N2F objects.
/// Creates and updates are never held.
/// </summary>
public static class DeleteGuard
{
    public static SyncPlan Apply(SyncPlan plan, SafetyOptions safety)
    {
        var breaches = new List<DeleteGuardBreach>();
        foreach (var company in plan.Changes.Where(c => c.Action == ChangeAction.Delete).GroupBy(c => c.Company, StringComparer.OrdinalIgnoreCase))
        {
            var deletes = company.Count();
            plan.N2fObjectsByCompany.TryGetValue(company.Key, out var total);
            var percent = total == 0 ? 100 : 100.0 * deletes / total;
            string? reason = null;
            if (deletes > safety.MaxDeleteCount)
                reason = $"{deletes} deletes planned, above safety.maxDeleteCount ({safety.MaxDeleteCount})";
            else if (deletes > safety.PercentGuardFloor && percent > safety.MaxDeletePercent)
                reason = string.Format(CultureInfo.InvariantCulture,
                    "{0} of {1} N2F objects ({2:0.#} %) would be deleted, above safety.maxDeletePercent ({3} %)",
                    deletes, total, percent, safety.MaxDeletePercent);
            if (reason is not null) breaches.Add(new DeleteGuardBreach(plan.Scope, company.Key, deletes, total, reason));
        }
        if (breaches.Count == 0) return plan;

        var held = breaches.ToDictionary(b => b.Company, StringComparer.OrdinalIgnoreCase);
        var changes = plan.Changes.Select(c => c.Action == ChangeAction.Delete && held.TryGetValue(c.Company, out var breach)
            ? Hold(c, breach) : c).ToList();
        return new SyncPlan(plan.Scope, changes, plan.Issues, plan.Warnings, plan.SourceRows, plan.N2fObjects,
            plan.N2fObjectsByCompany, breaches);
    }

    private static N2fChange Hold(N2fChange c, DeleteGuardBreach breach) => new()
    {
        Scope = c.Scope, Action = c.Action, Key = c.Key, Company = c.Company, CompanyId = c.CompanyId, AxisId = c.AxisId,
        Payload = c.Payload, Differences = c.Differences, RowNumber = c.RowNumber, DependsOn = c.DependsOn, Issues = c.Issues,
        Reason = $"held by the delete guard: {breach.Reason}", Held = true,
    };
}
