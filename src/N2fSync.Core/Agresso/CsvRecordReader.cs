using System.Text;

namespace N2fSync.Agresso;

/// <summary>One CSV record: the line it starts on and its fields.</summary>
/// <param name="LineNumber">1-based physical line where the record starts.</param>
/// <param name="Fields">Field texts; null for an unquoted empty field, "" for a quoted empty one (<c>""</c>).</param>
internal sealed record CsvRecord(int LineNumber, IReadOnlyList<string?> Fields);

/// <summary>
/// Streams RFC 4180 records from a reader: quoted fields may hold the delimiter, doubled quotes and line breaks.
/// Lenient where Excel and hand edits are: a quote inside an unquoted field is literal, text after a closing quote is
/// kept. Blank records (every field empty or spaces) are skipped because they carry no data and no key.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, char delimiter, int firstLineNumber = 1)
{
    private readonly StringBuilder _field = new();
    private int _line = firstLineNumber;

    /// <summary>The physical line the reader is on: the line of the next record.</summary>
    public int LineNumber => _line;

    /// <summary>The next non-blank record, or null at the end of the input.</summary>
    public CsvRecord? Read()
    {
        while (reader.Peek() >= 0)
        {
            var start = _line;
            var fields = ReadFields();
            if (!fields.All(string.IsNullOrWhiteSpace)) return new CsvRecord(start, fields);
        }
        return null;
    }

    private List<string?> ReadFields()
    {
        var fields = new List<string?>();
        _field.Clear();
        var quoted = false;      // the current field opened with a quote
        var inQuotes = false;    // inside that quote now
        var quoteLine = _line;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                if (inQuotes)
                    throw new FormatException($"the quoted field opened on line {quoteLine} is never closed.");
                fields.Add(TakeField(quoted));
                return fields;
            }
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); _field.Append('"'); }
                    else inQuotes = false;
                    continue;
                }
                if (ch == '\n' || (ch == '\r' && reader.Peek() != '\n')) _line++;
                _field.Append(ch);
                continue;
            }
            if (ch == '"' && !quoted && _field.Length == 0)
            {
                quoted = inQuotes = true;
                quoteLine = _line;
            }
            else if (ch == delimiter)
            {
                fields.Add(TakeField(quoted));
                quoted = false;
            }
            else if (ch == '\r' || ch == '\n')
            {
                if (ch == '\r' && reader.Peek() == '\n') reader.Read();
                _line++;
                fields.Add(TakeField(quoted));
                return fields;
            }
            else
            {
                _field.Append(ch);
            }
        }
    }

    private string? TakeField(bool quoted)
    {
        // An unquoted empty field is "no value" (NULL in a database export); a quoted one is an empty text.
        string? text = quoted || _field.Length > 0 ? _field.ToString() : null;
        _field.Clear();
        return text;
    }
}
