using System.Text;

namespace N2fSync.Agresso;

/// <summary>
/// Reads each view from <c>&lt;folder&gt;/&lt;view name&gt;.csv</c> (decisions 22): UTF-8 with or without a BOM,
/// delimiter <c>,</c> or <c>;</c> detected from the header unless configured, header names are the view's columns.
/// The query text of the view is ignored. A line whose field count differs from the header's is still returned and
/// recorded in <see cref="RowIssues"/>; missing columns read as null, extra fields are dropped.
/// </summary>
public sealed class CsvAgressoSource : IAgressoSource, IRowIssueReporter
{
    private readonly object _gate = new();
    private readonly List<SourceRowIssue> _issues = [];

    public CsvAgressoSource(string folder, char? delimiter = null)
    {
        if (string.IsNullOrWhiteSpace(folder))
            throw new AgressoSourceException("csv source: source.folder is not set; it names the folder of the CSV files.");
        if (delimiter is '"' or '\r' or '\n')
            throw new AgressoSourceException("csv source: source.delimiter cannot be a quote or a line break.");
        Folder = Path.GetFullPath(folder);
        Delimiter = delimiter;
    }

    public string Provider => "csv";

    /// <summary>Full path of the folder holding the files.</summary>
    public string Folder { get; }

    /// <summary>The configured delimiter; null when each file's header decides.</summary>
    public char? Delimiter { get; }

    public IReadOnlyList<SourceRowIssue> RowIssues
    {
        get { lock (_gate) return _issues.ToArray(); }
    }

    /// <summary>The file a view is read from.</summary>
    public string FilePathFor(string viewName) => Path.Combine(Folder, viewName + ".csv");

    public IEnumerable<SourceRow> ReadRows(AgressoView view, CancellationToken cancellationToken)
    {
        if (view is null) throw new ArgumentNullException(nameof(view));
        return Stream(view, cancellationToken);
    }

    private IEnumerable<SourceRow> Stream(AgressoView view, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = FilePathFor(view.Name);
        var errors = new SourceErrors(Provider, $"file '{path}'", view.Name, message => message);
        ForgetIssues(view.Name);

        using var reader = errors.Guard("cannot open the file", cancellationToken, () => Open(path));
        var header = errors.Guard("cannot read the header", cancellationToken, () => Decode(() => CsvHeaderLine.Read(reader)))
            ?? throw new AgressoSourceException(
                $"{Provider} source (file '{path}'), view '{view.Name}': the file is empty; its first line must name the columns.");
        var delimiter = Delimiter ?? header.DetectDelimiter();
        var fields = errors.Guard("cannot read the header", cancellationToken, () => header.Fields(delimiter));
        var columns = errors.Guard("cannot read the header", cancellationToken, () => ColumnNames(fields));
        var records = new CsvRecordReader(reader, delimiter, header.NextLineNumber);

        var rowNumber = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = records.LineNumber;
            var record = errors.Guard($"reading line {line} failed", cancellationToken, () => Decode(records.Read));
            if (record is null) yield break;
            rowNumber++;
            if (record.Fields.Count != fields.Count) Report(view.Name, rowNumber, record, fields.Count);
            yield return SourceRow.Owning(rowNumber, Values(columns, record));
        }
    }

    private static StreamReader Open(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException("the file does not exist.", path);
        // ReadWrite sharing: a file still open in Excel or being copied can be read.
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024, FileOptions.SequentialScan);
        // Strict UTF-8, so an ANSI export fails loudly instead of turning accents into replacement characters.
        return new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
    }

    private static T Decode<T>(Func<T> read)
    {
        try { return read(); }
        catch (DecoderFallbackException ex)
        {
            throw new FormatException($"the file is not valid UTF-8 ({ex.Message}); save it as \"CSV UTF-8\".", ex);
        }
    }

    /// <summary>Column name by field position; null for a blank header cell (Excel's trailing delimiter).</summary>
    private static string?[] ColumnNames(IReadOnlyList<string?> header)
    {
        var names = header.Select(h => string.IsNullOrWhiteSpace(h) ? null : h!.Trim()).ToArray();
        var duplicate = names.Where(n => n is not null)
            .GroupBy(n => n!, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        // Rows key values by column name, case-insensitively: a repeated name would silently lose one column.
        if (duplicate is not null) throw new FormatException($"the header names the column '{duplicate.Key}' more than once.");
        return names;
    }

    private static Dictionary<string, string?> Values(string?[] columns, CsvRecord record)
    {
        var values = new Dictionary<string, string?>(columns.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Length; i++)
            if (columns[i] is { } name) values[name] = i < record.Fields.Count ? record.Fields[i] : null;
        return values;
    }

    private void Report(string view, int rowNumber, CsvRecord record, int expected)
    {
        var what = record.Fields.Count < expected ? "the missing columns read as empty" : "the extra fields are ignored";
        var message = $"line {record.LineNumber} has {record.Fields.Count} fields where the header has {expected}: {what}.";
        lock (_gate) _issues.Add(new SourceRowIssue(view, rowNumber, record.LineNumber, message));
    }

    private void ForgetIssues(string view)
    {
        lock (_gate) _issues.RemoveAll(i => string.Equals(i.View, view, StringComparison.OrdinalIgnoreCase));
    }
}
