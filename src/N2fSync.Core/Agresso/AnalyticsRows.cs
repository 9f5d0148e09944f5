using N2fSync.Agresso.Normalization;
using N2fSync.Diagnostics;
using N2fSync.Scopes;

namespace N2fSync.Agresso;

/// <summary>
/// The analytics view, read once and split into axis scopes by <c>typ</c> (compared upper-cased, domain.md §3.2). Every
/// axis scope reads from the same view, so a run over several of them keeps these rows instead of reading it again.
/// Rows of a typ no scope declares are left out (one warning per typ); rows of an excluded status are left out of
/// their scope (decisions.md §18).
/// </summary>
internal sealed class AnalyticsRows
{
    private readonly Dictionary<string, List<AgressoAxisValue>> _byScope = new(StringComparer.OrdinalIgnoreCase);

    private AnalyticsRows() { }

    public int RowsRead { get; private set; }

    /// <summary>The rows of one axis scope, in view order, rejected ones included (marked invalid).</summary>
    public IReadOnlyList<AgressoAxisValue> Of(ScopeDefinition scope) =>
        _byScope.TryGetValue(scope.Name, out var rows) ? rows : [];

    public static AnalyticsRows Read(IAgressoSource source, AgressoView view, IEnumerable<ScopeDefinition> scopes, ISyncLog log,
        CancellationToken cancellationToken)
    {
        var byType = scopes.Where(s => s.Kind == ScopeKind.AxisValues)
            .ToDictionary(s => s.SourceType!, StringComparer.Ordinal);
        var result = new AnalyticsRows();
        var unknownTypes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var excluded = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in source.ReadRows(view, cancellationToken))
        {
            result.RowsRead++;
            var type = AxisValueNormalizer.TypeOf(c => row[c], row.HasColumn);
            if (!byType.TryGetValue(type, out var scope))
            {
                unknownTypes[type] = unknownTypes.TryGetValue(type, out var n) ? n + 1 : 1;
                continue;
            }
            if (IsExcluded(scope, AxisValueNormalizer.StatusOf(c => row[c], row.HasColumn)))
            {
                excluded[scope.Name] = excluded.TryGetValue(scope.Name, out var n) ? n + 1 : 1;
                continue;
            }

            var value = AxisValueNormalizer.Normalize(scope.Name, row);
            if (!result._byScope.TryGetValue(scope.Name, out var list)) result._byScope[scope.Name] = list = [];
            list.Add(value);
        }

        foreach (var pair in unknownTypes)
            log.Warning($"{view.Name}: {pair.Value} row(s) with typ '{(pair.Key.Length == 0 ? "(empty)" : pair.Key)}' belong to no "
                        + "axis scope and are not synced (declare the scope under axes: in the config if they should be).");
        foreach (var pair in excluded)
            log.Verbose($"{pair.Key}: {pair.Value} row(s) left out by axes.{pair.Key}.excludeStatuses.");
        return result;
    }

    /// <summary>Statuses compare trimmed and case-insensitively: C and c are the same Agresso status.</summary>
    public static bool IsExcluded(ScopeDefinition scope, string status) =>
        status.Length > 0 && scope.ExcludeStatuses.Contains(status, StringComparer.OrdinalIgnoreCase);
}
