using System.Text;

namespace N2fSync.Agresso;

/// <summary>
/// The header line of a CSV file, read raw so the delimiter can be chosen before any field is split
/// (decisions.md §22: <c>,</c> or <c>;</c>, whichever appears more often outside quotes).
/// </summary>
/// <param name="Text">The line without its line break; quoted line breaks inside it are kept.</param>
/// <param name="LineNumber">1-based line where the header starts (blank lines before it are skipped).</param>
/// <param name="NextLineNumber">The line the first data record starts on.</param>
internal sealed record CsvHeaderLine(string Text, int LineNumber, int NextLineNumber)
{
    /// <summary>The first non-blank line of the reader, or null when there is none.</summary>
    public static CsvHeaderLine? Read(TextReader reader)
    {
        var line = 1;
        var text = new StringBuilder();
        while (reader.Peek() >= 0)
        {
            var start = line;
            text.Clear();
            var inQuotes = false;
            while (true)
            {
                var c = reader.Read();
                if (c < 0) break;
                var ch = (char)c;
                if (ch == '"') inQuotes = !inQuotes;   // a doubled quote toggles twice: still right
                if (!inQuotes && (ch == '\r' || ch == '\n'))
                {
                    if (ch == '\r' && reader.Peek() == '\n') reader.Read();
                    line++;
                    break;
                }
                if (ch == '\n' || (ch == '\r' && reader.Peek() != '\n')) line++;
                text.Append(ch);
            }
            var s = text.ToString();
            if (!string.IsNullOrWhiteSpace(s)) return new CsvHeaderLine(s, start, line);
        }
        return null;
    }

    /// <summary><c>;</c> when it outnumbers <c>,</c> outside quotes, else <c>,</c> (also for a one-column file).</summary>
    public char DetectDelimiter()
    {
        int commas = 0, semicolons = 0;
        var inQuotes = false;
        foreach (var ch in Text)
        {
            if (ch == '"') inQuotes = !inQuotes;
            else if (!inQuotes && ch == ',') commas++;
            else if (!inQuotes && ch == ';') semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }

    /// <summary>The header's fields, split with <paramref name="delimiter"/> by the same strict reader as the records.</summary>
    public IReadOnlyList<string> Fields(char delimiter)
    {
        using var record = new CsvRecordReader(new StringReader(Text), delimiter, LineNumber);
        if (!record.Read()) return [];
        var fields = new string[record.FieldCount];
        for (var i = 0; i < fields.Length; i++) fields[i] = record.Field(i);
        return fields;
    }
}
