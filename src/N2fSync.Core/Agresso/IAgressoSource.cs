namespace N2fSync.Agresso;

/// <summary>
/// A place Agresso views are read from (SQL Server, SQLite, CSV). Rows are streamed in source order;
/// normalization happens elsewhere so every provider shares it.
/// </summary>
public interface IAgressoSource
{
    /// <summary>Provider name as written in the config (sqlserver, sqlite, csv).</summary>
    string Provider { get; }

    /// <summary>Streams the rows of one view. <paramref name="view"/> names the view and its query.</summary>
    IEnumerable<SourceRow> ReadRows(AgressoView view, CancellationToken cancellationToken);
}

/// <summary>
/// Which Agresso view to read: its name (table/view, or CSV file stem), the query text for SQL providers, and the
/// columns the sync cannot do without. A read whose header or result lacks one of them fails: a missing column would
/// otherwise read as empty on every row and blank that field in N2F for everyone.
/// </summary>
public sealed record AgressoView(string Name, string QueryText, IReadOnlyList<string>? RequiredColumns = null)
{
    /// <summary>The required columns; none when the view was built without them (a custom read in tests or tools).</summary>
    public IReadOnlyList<string> Required => RequiredColumns ?? [];
}
