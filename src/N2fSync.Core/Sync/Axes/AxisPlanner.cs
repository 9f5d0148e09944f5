using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.N2f;
using N2fSync.Scopes;

namespace N2fSync.Sync.Axes;

/// <summary>
/// Plans one axis scope (domain.md §6–§7, decisions.md §9–§11): keys values by company, axis and code, validates what needs N2F
/// (company, axis), compares, and orders the changes: rejected rows, then creates and updates company by company
/// (code order), then deletes, inside the managed companies only and away from every protected code.
/// </summary>
internal sealed class AxisPlanner(N2fSyncConfig config, ScopeDefinition scope, N2fDirectory directory)
{
    private readonly AxisPayloads _payloads = new(scope);
    private int _unchanged;

    public SyncPlan Plan(IReadOnlyList<AgressoAxisValue> source, IReadOnlyList<CompanyAxis> companies, PlanOptions options)
    {
        var context = new AxisPlanContext(scope, source, companies, config);
        RejectDuplicates(context);
        var resolved = Resolve(context);
        WarnAboutConfiguredCompanies(context);

        var changes = new List<N2fChange>();
        changes.AddRange(Skips(context));
        foreach (var company in InCodeOrder(companies).Where(c => resolved.ContainsKey(c.Company.Uuid)))
            changes.AddRange(Writes(context, company, resolved[company.Company.Uuid], options));
        changes.AddRange(Deletes(context));
        return new SyncPlan(scope.Name, changes, context.Issues, context.Warnings, source.Count, companies.Sum(c => c.Values.Count))
        {
            Unchanged = _unchanged,
        };
    }

    /// <summary>
    /// A code twice in one company, also differing only in case, is rejected on every row: which row is right is
    /// unknown, and N2F would keep PRJ-1 and prj-1 as two values where Agresso surely means one (decisions.md §9).
    /// </summary>
    private static void RejectDuplicates(AxisPlanContext context)
    {
        var groups = context.Source.Where(v => v.Key.Length > 0 && v.Company.Length > 0)
            .GroupBy(v => v.Company.ToUpperInvariant() + "\n" + v.Key.ToUpperInvariant(), StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var rows = string.Join(", ", group.Select(v => v.RowNumber));
            var codes = group.Select(v => v.Key).Distinct(StringComparer.Ordinal).ToList();
            var company = group.First().Company;
            var message = codes.Count == 1
                ? $"code {codes[0]} appears on rows {rows} of company {company}."
                : $"codes {string.Join(", ", codes)} differ only in case (rows {rows}, company {company}); which one is meant is unknown.";
            foreach (var value in group)
                context.Reject(value, "code", DataIssueKind.DuplicateKey, message, value.Key);
        }
    }

    /// <summary>Valid values whose company and axis N2F knows, by company uuid; every readable key is kept from deletion.</summary>
    private Dictionary<string, List<AgressoAxisValue>> Resolve(AxisPlanContext context)
    {
        var resolved = new Dictionary<string, List<AgressoAxisValue>>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in context.Source)
        {
            var known = directory.TryGetCompanyByCode(value.Company, out var company);
            if (known && value.Key.Length > 0) context.KeepSourceCode(company.Uuid, value.Key);
            if (!value.IsValid) continue;
            if (!known)
            {
                context.Reject(value, "client", DataIssueKind.UnknownCompany, $"company code '{value.Company}' is unknown to N2F.", value.Company);
                continue;
            }
            if (!context.ByCompanyCode.TryGetValue(company.Code, out var axis) || !axis.HasAxis)
            {
                context.Reject(value, "typ", DataIssueKind.UnknownAxis,
                    axis?.Problem ?? $"the {scope.Name} axis of company {company.Code} was not read.", value.Type);
                continue;
            }
            if (!resolved.TryGetValue(company.Uuid, out var list)) resolved[company.Uuid] = list = [];
            list.Add(value);
        }
        return resolved;
    }

    private IEnumerable<N2fChange> Writes(AxisPlanContext context, CompanyAxis company, List<AgressoAxisValue> values, PlanOptions options)
    {
        var existing = new Dictionary<string, N2fAxisValue>(StringComparer.Ordinal);
        foreach (var n2f in company.Values)
            if (n2f.Code.Length > 0 && !existing.ContainsKey(n2f.Code)) existing[n2f.Code] = n2f;

        // Codes that failed last time go first (decisions.md §14); then code order, stable from run to run.
        var priority = options.PriorityKeys;
        foreach (var value in values.OrderBy(v => priority is not null && priority.Contains(v.Key) ? 0 : 1)
                     .ThenBy(v => v.Key, StringComparer.Ordinal))
        {
            var payload = _payloads.Build(value);
            var protectedByConfig = context.ConfigProtected.Contains(value.Key);
            if (existing.TryGetValue(value.Key, out var n2f))
            {
                var differences = _payloads.Compare(value, n2f);
                if (differences.Count == 0)
                {
                    _unchanged++;
                    if (options.IncludeEqual) yield return Change(ChangeAction.None, value, company, payload, differences);
                    continue;
                }
                if (protectedByConfig)
                {
                    context.Warn($"{scope.Name} value {value.Key} ({company.Company.Code}) is protected by safety.protectedKeys: "
                                 + $"{differences.Count} differing field(s) left as they are.");
                    continue;
                }
                yield return Change(ChangeAction.Update, value, company, payload, differences);
            }
            else if (protectedByConfig)
            {
                context.Warn($"{scope.Name} value {value.Key} ({company.Company.Code}) is protected by safety.protectedKeys: not created.");
            }
            else
            {
                yield return Change(ChangeAction.Create, value, company, payload, AxisPayloads.CreateDifferences(payload));
            }
        }
    }

    private N2fChange Change(ChangeAction action, AgressoAxisValue value, CompanyAxis company, N2fPayload payload,
        IReadOnlyList<FieldDifference> differences) => new()
    {
        Scope = scope.Name,
        Action = action,
        Key = value.Key,
        Company = company.Company.Code,
        CompanyId = company.Company.Uuid,
        AxisId = company.AxisId,
        Payload = payload,
        Differences = differences,
        RowNumber = value.RowNumber,
        Issues = value.Issues,
    };

    private IEnumerable<N2fChange> Skips(AxisPlanContext context) =>
        context.Source.Where(v => !v.IsValid).Select(v =>
        {
            var known = directory.TryGetCompanyByCode(v.Company, out var company);
            var axis = known && context.ByCompanyCode.TryGetValue(company.Code, out var a) ? a.AxisId : null;
            var blocking = v.Issues.Where(i => i.IsBlocking).ToArray();
            return new N2fChange
            {
                Scope = scope.Name,
                Action = ChangeAction.Skip,
                Key = v.Key,
                Company = known ? company.Code : v.Company,
                CompanyId = known ? company.Uuid : "",
                AxisId = axis,
                RowNumber = v.RowNumber,
                Issues = blocking,
                Reason = string.Join("; ", blocking.Select(i => $"{i.Field}: {i.Message}")),
            };
        });

    private IEnumerable<N2fChange> Deletes(AxisPlanContext context)
    {
        if (context.Source.Count == 0)
        {
            context.Warn($"The {scope.Name} source returned no rows: nothing is deleted (an empty source never means 'delete everything').");
            yield break;
        }
        foreach (var company in InCodeOrder(context.Companies).Where(c => c.HasAxis))
        {
            foreach (var n2f in company.Values.OrderBy(v => v.Code, StringComparer.Ordinal))
            {
                if (n2f.Code.Length == 0 || context.IsSourceCode(company.Company.Uuid, n2f.Code)) continue;
                if (context.ConfigProtected.Contains(n2f.Code))
                {
                    context.Warn($"{scope.Name} value {n2f.Code} ({company.Company.Code}) is not in the source but protected by safety.protectedKeys: not deleted.");
                    continue;
                }
                yield return new N2fChange
                {
                    Scope = scope.Name,
                    Action = ChangeAction.Delete,
                    Key = n2f.Code,
                    Company = company.Company.Code,
                    CompanyId = company.Company.Uuid,
                    AxisId = company.AxisId,
                    Reason = "not in the source",
                };
            }
        }
    }

    /// <summary>Companies listed in companies: that N2F does not know, or whose axis is missing, manage nothing: say so once.</summary>
    private void WarnAboutConfiguredCompanies(AxisPlanContext context)
    {
        var inSource = new HashSet<string>(context.Source.Select(v => v.Company), StringComparer.OrdinalIgnoreCase);
        foreach (var code in config.Companies.Select(c => c.Trim()).Where(c => c.Length > 0 && !inSource.Contains(c)))
        {
            if (!directory.TryGetCompanyByCode(code, out _))
                context.Warn($"companies: {code} is unknown to N2F; no {scope.Name} value of it is managed.");
            else if (context.ByCompanyCode.TryGetValue(code, out var axis) && !axis.HasAxis)
                context.Warn($"{scope.Name}: {axis.Problem} None of its values is managed.");
        }
    }

    private static IEnumerable<CompanyAxis> InCodeOrder(IEnumerable<CompanyAxis> companies) =>
        companies.OrderBy(c => c.Company.Code, StringComparer.OrdinalIgnoreCase);
}
