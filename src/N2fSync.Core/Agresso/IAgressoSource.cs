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

/// <summary>Which Agresso view to read: its name (table/view, or CSV file stem) and the query text for SQL providers.</summary>
public sealed record AgressoView(string Name, string QueryText);

/// <summary>The source could not be read. The message never holds a password or a full connection string.</summary>
public sealed class AgressoSourceException(string message, Exception? inner = null) : Exception(message, inner);
