using System.Text;

namespace N2fSync.Agresso;

/// <summary>
/// Reads each view from <c>&lt;folder&gt;/&lt;view name&gt;.csv</c>: UTF-8 with or without a BOM, delimiter <c>,</c> or
/// <c>;</c> detected from the header unless configured, header names are the view's columns. The query text of the
/// view is ignored. A file that does not account for every record it holds (see <see cref="CsvRecordReader"/>) fails
/// the read with an <see cref="AgressoSourceDamagedException"/> naming the file and line, before any of its rows is
/// handed out: the whole file is checked first, then read again to stream its rows, so memory stays flat.
/// Row numbers are the physical lines where records start, as an editor shows them.
/// </summary>
public sealed class CsvAgressoSource : IAgressoSource
{
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
        var stamp = errors.Guard("cannot open the file", cancellationToken, () => FileStamp.Of(path));
        var records = errors.Guard("cannot read the file", cancellationToken, () => Checked(path, view, () => Count(path, view, cancellationToken)));

        using var file = errors.Guard("cannot read the file", cancellationToken, () => Checked(path, view, () => CsvFile.Open(path, Delimiter, view)));
        var origin = SourceOrigin.CsvFile(Path.GetFileName(path));
        var read = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!errors.Guard("cannot read the file", cancellationToken, () => Checked(path, view, file.Records.Read))) break;
            read++;
            yield return SourceRow.Owning(file.Records.LineNumber, Values(file), origin);
        }
        // The rows handed out are those that were checked only if nobody wrote the file in between (FileShare.ReadWrite).
        if (read != records || !stamp.Equals(FileStamp.Of(path)))
            throw new AgressoSourceException($"{Provider} source (file '{path}'), view '{view.Name}': the file changed while it was read "
                + $"({records} records checked, {read} read); the view is not used. Run again once the export is complete.");
    }

    /// <summary>The first pass: every record parsed and checked, none kept.</summary>
    private int Count(string path, AgressoView view, CancellationToken cancellationToken)
    {
        using var file = CsvFile.Open(path, Delimiter, view);
        var count = 0;
        while (file.Records.Read())
        {
            if ((++count & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
        }
        return count;
    }

    private T Checked<T>(string path, AgressoView view, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CsvDamageException ex)
        {
            throw Damaged(path, view, ex.LineNumber, ex.Message);
        }
        catch (DecoderFallbackException)
        {
            var (line, bytes) = Utf8Lines.FirstInvalid(path) ?? (1, "?");
            throw Damaged(path, view, line, $"the bytes {bytes} are not UTF-8; save the file as \"CSV UTF-8\".");
        }
    }

    private AgressoSourceDamagedException Damaged(string path, AgressoView view, int line, string reason) => new(
        $"{Provider} source: file '{path}' line {line}: {reason} The {view.Name} view is not read: no row of the file is used until it is fixed.",
        path, line);

    private static Dictionary<string, string?> Values(CsvFile file)
    {
        var columns = file.Columns;
        var values = new Dictionary<string, string?>(columns.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i] is not { } name) continue;
            var text = file.Records.Field(i);
            // An empty field is "no value", as NULL is in a database: every provider hands normalization the same.
            values[name] = text.Length == 0 ? null : text;
        }
        return values;
    }
}
