namespace N2fSync.Agresso;

/// <summary>
/// One raw row of an Agresso view, as text, before normalization. Column names compare case-insensitively
/// because SQL Server, SQLite and CSV headers do not agree on case.
/// </summary>
public sealed class SourceRow
{
    private readonly Dictionary<string, string?> _values;

    public SourceRow(int rowNumber, IDictionary<string, string?> values)
        : this(rowNumber, new Dictionary<string, string?>(values, StringComparer.OrdinalIgnoreCase))
    {
    }

    private SourceRow(int rowNumber, Dictionary<string, string?> values)
    {
        RowNumber = rowNumber;
        _values = values;
    }

    /// <summary>A row that takes a provider's fresh, case-insensitive dictionary as is, instead of copying it.</summary>
    internal static SourceRow Owning(int rowNumber, Dictionary<string, string?> values) =>
        ReferenceEquals(values.Comparer, StringComparer.OrdinalIgnoreCase) ? new SourceRow(rowNumber, values) : new SourceRow(rowNumber, (IDictionary<string, string?>)values);

    /// <summary>1-based position of the row in the source (data rows only, header excluded).</summary>
    public int RowNumber { get; }

    public IReadOnlyDictionary<string, string?> Values => _values;

    /// <summary>The column's text, or null when the column is absent or NULL.</summary>
    public string? this[string column] => _values.TryGetValue(column, out var v) ? v : null;

    public bool HasColumn(string column) => _values.ContainsKey(column);
}
