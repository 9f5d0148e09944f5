using System.Data.Common;

namespace N2fSync.Agresso;

/// <summary>
/// What every SQL provider shares: run the view's query and stream its rows as text. Subclasses only supply the
/// connection, a location that is safe to show, and the secrets to keep out of messages.
/// </summary>
public abstract class DbAgressoSource : IAgressoSource
{
    private readonly int _commandTimeoutSeconds;

    protected DbAgressoSource(int commandTimeoutSeconds)
    {
        if (commandTimeoutSeconds < 0)
            throw new AgressoSourceException(
                $"source.commandTimeoutSeconds must be 0 (no limit) or more, not {commandTimeoutSeconds}.");
        _commandTimeoutSeconds = commandTimeoutSeconds;
    }

    public abstract string Provider { get; }

    /// <summary>Where the rows come from, for messages: server and database, or a file path. Never credentials.</summary>
    protected abstract string Location { get; }

    /// <summary>A new, closed connection to the source.</summary>
    protected abstract DbConnection CreateConnection();

    /// <summary>Removes secrets from a message that may echo driver text. The default has none to remove.</summary>
    protected virtual string Redact(string message) => message;

    public IEnumerable<SourceRow> ReadRows(AgressoView view, CancellationToken cancellationToken)
    {
        if (view is null) throw new ArgumentNullException(nameof(view));
        // Checked here, not inside the iterator, so a bad argument fails at the call rather than at the first row.
        if (string.IsNullOrWhiteSpace(view.QueryText))
            throw new AgressoSourceException($"{Provider} source ({Location}), view '{view.Name}': the query is empty.");
        return Stream(view, cancellationToken);
    }

    private IEnumerable<SourceRow> Stream(AgressoView view, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var errors = new SourceErrors(Provider, Location, view.Name, Redact);

        using var connection = errors.Guard("cannot connect", cancellationToken, () =>
        {
            var c = CreateConnection();
            try { c.Open(); return c; }
            catch { c.Dispose(); throw; }
        });
        using var command = connection.CreateCommand();
        command.CommandText = view.QueryText;
        command.CommandTimeout = _commandTimeoutSeconds;
        // A cancelled run should not wait for a long query to finish.
        using var registration = cancellationToken.Register(() => TryCancel(command));

        using var reader = errors.Guard("the query failed", cancellationToken, () => command.ExecuteReader());
        var columns = errors.Guard("the query failed", cancellationToken, () => ColumnNames(reader, view));
        var origin = SourceOrigin.View(view.Name);

        var finished = false;
        try
        {
            // Rows are numbered in reading order, and the built-in queries have no ORDER BY: row 17 is the 17th row of
            // the view as an admin queries it.
            var rowNumber = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!errors.Guard("reading a row failed", cancellationToken, () => reader.Read())) break;
                rowNumber++;
                var values = errors.Guard($"reading row {rowNumber} failed", cancellationToken, () => ReadValues(reader, columns));
                yield return SourceRow.Owning(rowNumber, values, origin);
            }
            finished = true;
        }
        finally
        {
            // Disposing a SqlDataReader drains every remaining row first; cancelling the command stops that, so an
            // abandoned or cancelled read ends now rather than after the whole view has crossed the network.
            if (!finished) TryCancel(command);
        }
    }

    private static string[] ColumnNames(DbDataReader reader, AgressoView view)
    {
        var names = new string[reader.FieldCount];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = reader.GetName(i);
            // Rows key their values by column name, case-insensitively: two columns with one name would lose data.
            if (!seen.Add(names[i]))
                throw new InvalidOperationException($"the query returns the column '{names[i]}' more than once.");
        }
        // A column the query does not return would read as empty on every row, and blank that field in N2F for everyone.
        var missing = view.Required.Where(c => !seen.Contains(c)).ToArray();
        if (missing.Length > 0)
            throw new InvalidOperationException($"the query returns no column {string.Join(", ", missing.Select(c => $"'{c}'"))}; "
                + $"the view must return {string.Join(", ", view.Required)}.");
        return names;
    }

    private static Dictionary<string, string?> ReadValues(DbDataReader reader, string[] columns)
    {
        var values = new Dictionary<string, string?>(columns.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Length; i++)
        {
            // GetValue answers DBNull for NULL (every ADO.NET provider), which From turns into null: asking IsDBNull
            // first reads each cell twice.
            try { values[columns[i]] = SourceValueText.From(reader.GetValue(i)); }
            catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
            {
                throw new FormatException($"column {columns[i]}: {ex.Message}", ex);
            }
        }
        return values;
    }

    private static void TryCancel(DbCommand command)
    {
        try { command.Cancel(); }
        catch (Exception) { /* Cancel is best effort by contract; the reader's disposal still ends the read. */ }
    }
}
