using System.Globalization;
using System.Text.RegularExpressions;

namespace N2fSync.TdsResponder;

/// <summary>
/// The one statement shape the responder understands, which is what the source sends:
/// <c>SELECT col, ... | * FROM name [ORDER BY col | LOWER(col), ...]</c>, comments allowed. Anything else, an unknown
/// table or an unknown column is answered with the error SQL Server would give (102, 208, 207).
/// </summary>
public sealed class SelectQuery
{
    private static readonly Regex Shape = new(
        @"^\s*SELECT\s+(?<columns>.+?)\s+FROM\s+(?<table>[\w\[\]\.""#$@]+)(\s+ORDER\s+BY\s+(?<order>.+?))?\s*;?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);

    private static readonly Regex OrderItem = new(@"^(?<lower>LOWER\s*\(\s*)?(?<column>[\w\[\]]+)(?(lower)\s*\))(\s+(?<dir>ASC|DESC))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // The responder's collation is case-insensitive, like SQL_Latin1_General_CP1_CI_AS.
    private static readonly StringComparer Collation = StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true);

    private SelectQuery(IReadOnlyList<TdsColumn> columns, IReadOnlyList<object?[]> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<TdsColumn> Columns { get; }

    public IReadOnlyList<object?[]> Rows { get; }

    /// <summary>Runs <paramref name="sql"/> against <paramref name="tables"/>; a SQL Server error on failure.</summary>
    public static SelectQuery Run(string sql, IReadOnlyDictionary<string, TdsTable> tables)
    {
        var match = Shape.Match(StripComments(sql));
        if (!match.Success) throw new TdsErrorException(102, 15, "Incorrect syntax: the responder only answers SELECT ... FROM ... [ORDER BY ...].");
        var name = Unquote(match.Groups["table"].Value);
        if (!tables.TryGetValue(name, out var table)) throw new TdsErrorException(208, 16, $"Invalid object name '{name}'.");

        var selected = match.Groups["columns"].Value.Trim() == "*"
            ? Enumerable.Range(0, table.Columns.Count).ToArray()
            : match.Groups["columns"].Value.Split(',').Select(c => Column(table, c)).ToArray();
        IEnumerable<object?[]> rows = table.Rows;
        if (match.Groups["order"].Success) rows = Order(table, rows, match.Groups["order"].Value);
        return new SelectQuery(
            selected.Select(i => table.Columns[i]).ToList(),
            rows.Select(r => selected.Select(i => r[i]).ToArray()).ToList());
    }

    private static IEnumerable<object?[]> Order(TdsTable table, IEnumerable<object?[]> rows, string orderBy)
    {
        IOrderedEnumerable<object?[]>? ordered = null;
        foreach (var item in orderBy.Split(','))
        {
            var match = OrderItem.Match(item.Trim());
            if (!match.Success) throw new TdsErrorException(102, 15, $"Incorrect syntax near '{item.Trim()}'.");
            var index = Column(table, match.Groups["column"].Value);
            var descending = match.Groups["dir"].Value.Equals("DESC", StringComparison.OrdinalIgnoreCase);
            var comparer = Comparer<object?>.Create(Compare);
            ordered = (ordered, descending) switch
            {
                (null, false) => rows.OrderBy(r => r[index], comparer),
                (null, true) => rows.OrderByDescending(r => r[index], comparer),
                (_, false) => ordered.ThenBy(r => r[index], comparer),
                _ => ordered.ThenByDescending(r => r[index], comparer),
            };
        }
        return ordered ?? rows;
    }

    // NULL sorts first, as in SQL Server; text by the collation (LOWER() changes nothing under a CI collation).
    private static int Compare(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string x, string y) => Collation.Compare(x, y),
        _ => Comparer<object>.Default.Compare(a, b),
    };

    private static int Column(TdsTable table, string written)
    {
        var name = Unquote(written.Trim());
        var index = table.IndexOf(name);
        return index >= 0 ? index : throw new TdsErrorException(207, 16, $"Invalid column name '{name}'.");
    }

    private static string Unquote(string name) => name.Trim().Trim('[', ']', '"');

    private static string StripComments(string sql)
    {
        var withoutBlocks = Regex.Replace(sql, @"/\*.*?\*/", " ", RegexOptions.Singleline);
        return Regex.Replace(withoutBlocks, @"--[^\r\n]*", " ");
    }
}
