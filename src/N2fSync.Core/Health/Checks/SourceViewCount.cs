using System.Globalization;
using N2fSync.Agresso;

namespace N2fSync.Health.Checks;

/// <summary>One pass over a source view: its columns (from the first row) and its rows counted by group and company.</summary>
internal sealed class SourceViewCount
{
    private SourceViewCount() { }

    public int Rows { get; private set; }

    /// <summary>The columns of the first row; empty for an empty view.</summary>
    public IReadOnlyCollection<string> Columns { get; private set; } = [];

    /// <summary>Rows by group (the scope, or what the row names instead) and company code.</summary>
    public SortedDictionary<string, SortedDictionary<string, int>> Counts { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static SourceViewCount Read(IAgressoSource source, AgressoView view, Func<SourceRow, (string Group, string Company)> classify,
        CancellationToken cancellationToken)
    {
        var count = new SourceViewCount();
        foreach (var row in source.ReadRows(view, cancellationToken))
        {
            if (count.Rows++ == 0) count.Columns = row.Values.Keys.ToList();
            var (group, company) = classify(row);
            if (!count.Counts.TryGetValue(group, out var companies))
                count.Counts[group] = companies = new SortedDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            companies[company] = companies.TryGetValue(company, out var n) ? n + 1 : 1;
        }
        return count;
    }

    /// <summary>The columns of <paramref name="expected"/> the view lacks (compared as the sources do, ignoring case).</summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> expected)
    {
        var present = new HashSet<string>(Columns, StringComparer.OrdinalIgnoreCase);
        return expected.Where(c => !present.Contains(c)).ToList();
    }

    /// <summary>"BE01 14, BE02 11".</summary>
    public static string Describe(IReadOnlyDictionary<string, int> byCompany) =>
        string.Join(", ", byCompany.Select(p => $"{(p.Key.Length == 0 ? "(no company)" : p.Key)} {p.Value.ToString(CultureInfo.InvariantCulture)}"));
}
