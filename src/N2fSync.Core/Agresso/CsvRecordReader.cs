using System.Globalization;
using System.Runtime.CompilerServices;
using Sylvan.Data.Csv;

namespace N2fSync.Agresso;

/// <summary>
/// Strict RFC 4180 records (parsed by Sylvan.Data.Csv) with the physical line each one starts on. Whatever means the
/// file no longer accounts for its records throws <see cref="CsvDamageException"/>: a quote left open or followed by
/// text, a record with another field count than the header, a quoted field that runs across lines and holds the
/// delimiter (a stray quote swallowing the lines after it), a NUL character. A quoted line break alone is a value
/// (rejected later, with its row); blank records carry no data and are skipped.
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    // A users record is a few hundred characters; one this long is a quote that swallowed the rest of the file.
    private const int MaxRecordLength = 1 << 20;

    private readonly TextReader _text;
    private readonly char _delimiter;
    private readonly int _expectedFields;
    private char[] _raw = new char[1024];
    private int _rawLength;
    private int _nextLine;
    private CsvDataReader? _records;

    /// <param name="text">Positioned at the first record (the header already read, when there is one).</param>
    /// <param name="delimiter">The field delimiter.</param>
    /// <param name="firstLineNumber">The physical line <paramref name="text"/> starts on.</param>
    /// <param name="expectedFields">The header's field count that every record must have; 0 for any.</param>
    public CsvRecordReader(TextReader text, char delimiter, int firstLineNumber, int expectedFields = 0)
    {
        _text = text;
        _delimiter = delimiter;
        _expectedFields = expectedFields;
        _nextLine = firstLineNumber;
    }

    /// <summary>1-based physical line where the current record starts.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Fields of the current record.</summary>
    public int FieldCount => Records.RowFieldCount;

    /// <summary>The text of field <paramref name="index"/> of the current record ("" when empty).</summary>
    public string Field(int index) => Records.GetString(index);

    private CsvDataReader Records => _records ?? throw new InvalidOperationException("Read has not been called.");

    // Created on the first Read: without a header row Sylvan reads the first record as it is created, so its errors
    // belong to the first Read.
    private CsvDataReader Create() =>
        CsvDataReader.Create(_text, new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = _delimiter,
            CsvStyle = CsvStyle.Standard,
            MaxBufferSize = MaxRecordLength,
            // Sylvan skips lines that start with '#' by default: a record would vanish. A noncharacter cannot start a
            // real record, and if one does the file is refused rather than a line skipped.
            Comment = '\uFFFF',
            CommentHandler = (Action<string>)(_ => throw new CsvDamageException(_nextLine, "the line starts with U+FFFF, which is not text.")),
            OwnsReader = false,
        });

    /// <summary>Moves to the next record that holds data; false at the end of the input.</summary>
    public bool Read()
    {
        while (true)
        {
            LineNumber = _nextLine;
            if (!Next()) return false;
            var breaks = ScanRaw(out var blankCandidate);
            _nextLine = LineNumber + breaks.Total;
            if (blankCandidate && IsBlank()) continue;
            if (_expectedFields > 0 && FieldCount != _expectedFields)
                throw new CsvDamageException(LineNumber, string.Format(CultureInfo.InvariantCulture,
                    "the record has {0} fields where the header has {1}{2}.", FieldCount, _expectedFields,
                    breaks.Inside > 0 ? $" (it runs to line {_nextLine - 1})" : ""));
            if (breaks.Inside > 0) CheckSpanningFields();
            return true;
        }
    }

    private bool Next()
    {
        try
        {
            return (_records ??= Create()).Read();
        }
        catch (CsvRecordTooLargeException)
        {
            throw new CsvDamageException(LineNumber,
                $"the record starting here is longer than {MaxRecordLength} characters: a quote opened on it is never closed.");
        }
        catch (CsvFormatException ex)
        {
            // Sylvan's messages say what is wrong ("A quoted field at the end of the input ends without a closing
            // quote.", "A delimiter, newline or EOF was expected after a closing quote."); the line is ours.
            throw new CsvDamageException(LineNumber, $"{ex.Message.TrimEnd('.')}: the quotes of this record do not pair up.");
        }
    }

    /// <summary>
    /// Copies the record's raw text (terminator included) and counts its line breaks: CRLF, LF and a lone CR are one
    /// each, as editors number lines. Also refuses NUL, which no text export holds (a UTF-16 file read as UTF-8 is
    /// full of them).
    /// </summary>
    // Straight to optimized code: this loop sees every character of the file, and at first tier it costs more than
    // the whole parse in a one-shot run (measured: 0.9 s instead of 0.1 s for 100 000 users). 512 is
    // AggressiveOptimization, which netstandard2.0 does not name; .NET Framework ignores it.
    [MethodImpl((MethodImplOptions)512)]
    private (int Total, int Inside) ScanRaw(out bool blankCandidate)
    {
        _rawLength = Records.GetRawRecord(null!, 0);
        if (_raw.Length < _rawLength) _raw = new char[Math.Max(_rawLength, _raw.Length * 2)];
        Records.GetRawRecord(_raw, 0);
        int total = 0, lastBreakEnd = 0;
        blankCandidate = true;
        for (var i = 0; i < _rawLength; i++)
        {
            var c = _raw[i];
            if (c > '"')
            {
                if (c != _delimiter) blankCandidate = false;
                continue;
            }
            if (c == '\n' || (c == '\r' && (i + 1 == _rawLength || _raw[i + 1] != '\n')))
            {
                total++;
                lastBreakEnd = i + 1;
            }
            else if (c == '\0')
            {
                throw new CsvDamageException(LineNumber + total, "the line holds a NUL character: the file is not UTF-8 text (saved as UTF-16?).");
            }
            else if (c != '\r' && c != ' ' && c != '\t' && c != '"' && c != _delimiter)
            {
                blankCandidate = false;
            }
        }
        // The record's own terminator (absent on a last line without one) is not a break inside it.
        var inside = lastBreakEnd == _rawLength && total > 0 ? total - 1 : total;
        return (total, inside);
    }

    private bool IsBlank()
    {
        for (var i = 0; i < FieldCount; i++)
            if (!string.IsNullOrWhiteSpace(Records.GetString(i))) return false;
        return true;
    }

    /// <summary>
    /// A quoted field may hold a line break (an address, a pasted note); one that also holds the delimiter is the
    /// classic stray quote: it opened on one record and closed lines later, and every record between became text.
    /// </summary>
    private void CheckSpanningFields()
    {
        for (var i = 0; i < FieldCount; i++)
        {
            var text = Records.GetString(i);
            if (text.IndexOfAny(['\r', '\n']) >= 0 && text.IndexOf(_delimiter) >= 0)
                throw new CsvDamageException(LineNumber, string.Format(CultureInfo.InvariantCulture,
                    "a quoted field runs from line {0} to line {1} and holds the delimiter '{2}': a stray quote has swallowed the lines between.",
                    LineNumber, _nextLine - 1, _delimiter == '\t' ? "\\t" : _delimiter.ToString()));
        }
    }

    public void Dispose() => _records?.Dispose();
}
