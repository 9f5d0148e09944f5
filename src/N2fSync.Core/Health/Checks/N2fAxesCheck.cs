using System.Diagnostics;
using N2fSync.N2f;
using N2fSync.Scopes;

namespace N2fSync.Health.Checks;

/// <summary>
/// Every managed company (in the analytics view, or listed under companies:) has the N2F axis of each checked axis
/// scope, under its French name. One read of the axes per company; projects use N2F's built-in axis and need none.
/// </summary>
internal sealed class N2fAxesCheck : IConnectionCheck
{
    public string Name => "N2fAxes";

    public async Task<CheckVerdict> RunAsync(ConnectionTestContext context, CancellationToken cancellationToken)
    {
        if (context.StoreProblem is not null) return CheckVerdict.NotChecked("the store cannot be opened.");
        var probe = await context.N2fAsync(cancellationToken).ConfigureAwait(false);
        if (probe.Directory is not { } directory) return CheckVerdict.NotChecked("N2F's companies could not be read (see N2fReferenceLists).");

        var watch = Stopwatch.StartNew();
        var locator = new AxisLocator((company, ct) => context.Session.Reader.ReadAxesAsync(company, ct));
        var found = new SortedDictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var missing = new List<string>();
        var missingUnused = new List<string>();
        foreach (var scope in context.Scopes.Where(s => s.Kind == ScopeKind.AxisValues && !s.HasFixedAxisId))
        {
            var withRows = context.SourceCompanies.TryGetValue(scope.Name, out var rows) ? rows : new Dictionary<string, int>();
            foreach (var code in withRows.Keys.Concat(context.Config.Companies).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                // A company N2F does not have is reported by N2fReferenceLists.
                if (!directory.TryGetCompanyByCode(code, out var company)) continue;
                var lookup = await locator.FindAsync(scope, company, cancellationToken).ConfigureAwait(false);
                if (lookup.Problem is { } problem) (withRows.ContainsKey(code) ? missing : missingUnused).Add($"{scope.Name}: {problem}");
                else (found.TryGetValue(company.Code, out var axes) ? axes : found[company.Code] = []).Add(scope.Axis!);
            }
        }
        var detail = found.Count == 0
            ? "no company to check"
            : string.Join("; ", found.Select(p => $"{p.Key}: {string.Join(", ", p.Value)}"));
        if (missing.Count > 0)
            return CheckVerdict.Fail($"{string.Join(" ", missing)} Its values cannot be synced until the axis exists in N2F "
                                     + "(or axes.<scope>.axis names it as N2F does in French).", watch.Elapsed);
        if (missingUnused.Count > 0)
            return CheckVerdict.Warn($"{detail}; {string.Join(" ", missingUnused)} (listed under companies:, no row in the view yet)", watch.Elapsed);
        return found.Count == 0
            ? CheckVerdict.Warn("no company to check: the analytics view names none and companies: lists none.", watch.Elapsed)
            : CheckVerdict.Pass(detail, watch.Elapsed);
    }
}
