using N2fSync.Agresso.Normalization;
using N2fSync.Agresso;
using N2fSync.Normalization;
using N2fSync.Scopes;

namespace N2fSync.Health.Checks;

/// <summary>The analytics view can be read, has its columns, and how many rows each checked axis scope has per company.</summary>
internal sealed class SourceAnalyticsCheck : IConnectionCheck
{
    private static readonly string[] Required = ["typ", "client", "code", "description"];
    // Without them every value is valid forever and no status is excluded.
    private static readonly string[] Optional = ["status", "date_from", "date_to"];
    private const string Elsewhere = "\u0001other";

    public string Name => "SourceAnalytics";

    public Task<CheckVerdict> RunAsync(ConnectionTestContext context, CancellationToken cancellationToken)
    {
        try
        {
            var view = AgressoQueries.ForAnalytics(context.Config.Source.Analytics);
            var count = SourceViewCount.Read(context.Session.SourceFactory(), view, row => Classify(context, row), cancellationToken);
            return Task.FromResult(Judge(context, view, count));
        }
        catch (AgressoSourceException e)
        {
            return Task.FromResult(CheckVerdict.Fail(e.Message));
        }
    }

    /// <summary>A row's scope by its typ (compared upper-cased), or the typ itself when no scope declares it.</summary>
    private static (string, string) Classify(ConnectionTestContext context, SourceRow row)
    {
        var type = Text.Clean(row["typ"]).ToUpperInvariant();
        var company = Text.Clean(row["client"]).ToUpperInvariant();
        if (!context.Session.Scopes.TryGetBySourceType(type, out var scope)) return ("typ '" + type + "'", company);
        // Rows of a scope not asked for are counted apart, and reported as nothing.
        return context.Scopes.Any(s => s.Name.Equals(scope.Name, StringComparison.OrdinalIgnoreCase)) ? (scope.Name, company) : (Elsewhere, company);
    }

    private static CheckVerdict Judge(ConnectionTestContext context, AgressoView view, SourceViewCount count)
    {
        var where = $"{view.Name} ({context.Config.Source.Provider.ToString().ToLowerInvariant()})";
        if (count.Rows == 0)
            return CheckVerdict.Warn($"{where} is empty: its columns cannot be checked, and a run would write no axis value.");
        if (count.Missing(Required) is { Count: > 0 } missing)
            return CheckVerdict.Fail($"{where} has no column {string.Join(", ", missing)}; the analytics view needs typ, client, code and description.");
        var parts = new List<string>();
        foreach (var scope in context.Scopes.Where(s => s.Kind == ScopeKind.AxisValues))
        {
            var companies = count.Counts.TryGetValue(scope.Name, out var found) ? found : new SortedDictionary<string, int>();
            context.SourceCompanies[scope.Name] = new Dictionary<string, int>(companies, StringComparer.OrdinalIgnoreCase);
            parts.Add($"{scope.Name} {companies.Values.Sum()}" + (companies.Count == 0 ? "" : $" ({SourceViewCount.Describe(companies)})"));
        }
        var detail = $"{count.Rows} row(s) in {where}: {string.Join("; ", parts)}";
        var unknown = count.Counts.Where(p => p.Key.StartsWith("typ '", StringComparison.Ordinal))
            .Select(p => $"{p.Value.Values.Sum()} of {p.Key}").ToList();
        if (unknown.Count > 0)
            return CheckVerdict.Warn($"{detail}; in no axis scope, so never synced: {string.Join(", ", unknown)} (declare them under axes: if they should be).");
        return count.Missing(Optional) is { Count: > 0 } absent
            ? CheckVerdict.Warn($"{detail}; no column {string.Join(", ", absent)}: values are then sent without validity dates and no status is excluded.")
            : CheckVerdict.Pass(detail);
    }
}
