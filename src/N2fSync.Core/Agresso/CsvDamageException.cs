namespace N2fSync.Agresso;

/// <summary>What <see cref="CsvRecordReader"/> throws for a damaged file; the source adds the file's path.</summary>
internal sealed class CsvDamageException(int lineNumber, string reason) : FormatException(reason)
{
    /// <summary>1-based physical line of the damage.</summary>
    public int LineNumber { get; } = lineNumber;
}
