using System.Text;
using N2fSync.Agresso.Quality;

namespace N2fSync.Agresso;

/// <summary>
/// One open CSV file of a view: the header read and checked against the view, then the records. The header names
/// the view's columns (decisions in docs/decisions.md, CSV): each one once, every required one present.
/// </summary>
internal sealed class CsvFile : IDisposable
{
    private readonly StreamReader _text;

    private CsvFile(StreamReader text, string?[] columns, CsvRecordReader records)
    {
        _text = text;
        Columns = columns;
        Records = records;
    }

    /// <summary>Column name by field position; null for a blank header cell (Excel's trailing delimiter).</summary>
    public string?[] Columns { get; }

    public CsvRecordReader Records { get; }

    /// <exception cref="CsvDamageException">The header is damaged or does not name the view's columns.</exception>
    /// <exception cref="DecoderFallbackException">The header is not UTF-8.</exception>
    public static CsvFile Open(string path, char? delimiter, AgressoView view)
    {
        var text = OpenText(path);
        try
        {
            var header = CsvHeaderLine.Read(text)
                         ?? throw new CsvDamageException(1, "the file is empty; its first line must name the columns.");
            var chosen = delimiter ?? header.DetectDelimiter();
            var fields = header.Fields(chosen);
            var columns = ColumnNames(fields, header.LineNumber, view);
            return new CsvFile(text, columns, new CsvRecordReader(text, chosen, header.NextLineNumber, fields.Count));
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    private static StreamReader OpenText(string path)
    {
        // ReadWrite sharing: a file still open in Excel or being copied can be read.
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024, FileOptions.SequentialScan);
        // Strict UTF-8, so an ANSI export fails loudly instead of turning accents into replacement characters.
        return new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
    }

    private static string?[] ColumnNames(IReadOnlyList<string> header, int line, AgressoView view)
    {
        var names = new string?[header.Count];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            var name = header[i].Trim();
            if (name.Length == 0) continue;
            if (InvisibleCharacters.IndexOf(name) is var at and >= 0)
                throw new CsvDamageException(line, $"the column name '{InvisibleCharacters.Show(name)}' holds {InvisibleCharacters.Describe(name, at)}.");
            // Rows key values by column name, case-insensitively: a repeated name would silently lose one column.
            if (!seen.Add(name)) throw new CsvDamageException(line, $"the header names the column '{name}' more than once.");
            names[i] = name;
        }
        var missing = view.Required.Where(c => !seen.Contains(c)).ToArray();
        if (missing.Length > 0)
            throw new CsvDamageException(line, $"the header has no column {string.Join(", ", missing.Select(c => $"'{c}'"))}; "
                + $"the {view.Name} view needs {string.Join(", ", view.Required)} (the names are the view's column names).");
        return names;
    }

    public void Dispose()
    {
        Records.Dispose();
        _text.Dispose();
    }
}
