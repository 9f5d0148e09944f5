using N2fSync.Agresso;
using N2fSync.Diagnostics;
using N2fSync.N2f;
using N2fSync.Scopes;

namespace N2fSync.Sync.Axes;

/// <summary>
/// Reads the N2F side of one axis scope: for each managed company (those of the source rows plus config
/// <c>companies:</c>, decisions.md §11), the scope's axis id there and all its values. A company without the axis is
/// returned with the reason and no values, so nothing of it is deleted.
/// </summary>
internal sealed class CompanyAxisReader(N2fReader reader, AxisLocator locator, ISyncLog log)
{
    /// <summary>The managed companies N2F knows, in code order. Unknown codes are the planner's to report.</summary>
    public static IReadOnlyList<N2fCompany> Managed(IEnumerable<AgressoAxisValue> source, IEnumerable<string> configured,
        N2fDirectory directory)
    {
        var companies = new Dictionary<string, N2fCompany>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in source.Select(v => v.Company).Concat(configured))
            if (code.Trim().Length > 0 && directory.TryGetCompanyByCode(code, out var company)) companies[company.Uuid] = company;
        return companies.Values.OrderBy(c => c.Code, StringComparer.OrdinalIgnoreCase).ToArray();
    }

    public async Task<IReadOnlyList<CompanyAxis>> ReadAsync(ScopeDefinition scope, IEnumerable<N2fCompany> companies,
        CancellationToken cancellationToken)
    {
        var result = new List<CompanyAxis>();
        foreach (var company in companies)
        {
            var lookup = await locator.FindAsync(scope, company, cancellationToken).ConfigureAwait(false);
            if (lookup.AxisId is null)
            {
                log.Verbose($"{scope.Name}: {lookup.Problem}");
                result.Add(new CompanyAxis(company, null, lookup.Problem, []));
                continue;
            }
            var values = new List<N2fAxisValue>();
            var read = await locator.ReadValuesAsync(scope, company, lookup.AxisId, (axisId, ct) =>
            {
                values.Clear();
                return reader.ReadAxisValuesAsync(scope.Name, company, axisId, values.Add, ct);
            }, cancellationToken).ConfigureAwait(false);
            if (read.AxisId is null)
            {
                log.Warning($"{scope.Name}: {read.Problem}");
                result.Add(new CompanyAxis(company, null, read.Problem, []));
                continue;
            }
            log.Verbose($"{scope.Name}: {values.Count} N2F value(s) in company {company.Code} (axis {read.AxisId}).");
            result.Add(new CompanyAxis(company, read.AxisId, null, values));
        }
        return result;
    }
}
