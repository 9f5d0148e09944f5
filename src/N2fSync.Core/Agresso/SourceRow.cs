namespace N2fSync.Agresso;

/// <summary>
/// One raw row of an Agresso view, as text, before normalization. Column names compare case-insensitively
/// because SQL Server, SQLite and CSV headers do not agree on case.
/// </summary>
public sealed class SourceRow
{
    private readonly Dictionary<string, string?> _values;

    public SourceRow(int rowNumber, IDictionary<string, string?> values, SourceOrigin? origin = null)
        : this(rowNumber, new Dictionary<string, string?>(values, StringComparer.OrdinalIgnoreCase), origin)
    {
    }

    private SourceRow(int rowNumber, Dictionary<string, string?> values, SourceOrigin? origin)
    {
        RowNumber = rowNumber;
        _values = values;
        Origin = origin;
    }

    /// <summary>A row that takes a provider's fresh, case-insensitive dictionary as is, instead of copying it.</summary>
    internal static SourceRow Owning(int rowNumber, Dictionary<string, string?> values, SourceOrigin? origin = null) =>
        ReferenceEquals(values.Comparer, StringComparer.OrdinalIgnoreCase)
            ? new SourceRow(rowNumber, values, origin)
            : new SourceRow(rowNumber, (IDictionary<string, string?>)values, origin);

    /// <summary>
    /// The row's number in the source's own terms (see <see cref="Origin"/>): for a CSV file the physical line where the
    /// record starts, for a view the row's position in the view's own order. Never a position in a sorted result.
    /// </summary>
    public int RowNumber { get; }

    /// <summary>The file or view the number counts in; null for rows built by hand.</summary>
    public SourceOrigin? Origin { get; }

    public IReadOnlyDictionary<string, string?> Values => _values;

    /// <summary>The column's text, or null when the column is absent or NULL.</summary>
    public string? this[string column] => _values.TryGetValue(column, out var v) ? v : null;

    public bool HasColumn(string column) => _values.ContainsKey(column);
}
