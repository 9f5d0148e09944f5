namespace N2fSync.Agresso;

/// <summary>
/// A source file does not account for every record it holds (a stray quote, a record with the wrong number of
/// fields, bytes that are not UTF-8...). The whole view is refused: planning from the records that did parse would
/// delete the users the damage hid. Thrown before any row of the file is handed out.
/// </summary>
public sealed class AgressoSourceDamagedException(string message, string path, int lineNumber)
    : AgressoSourceException(message)
{
    /// <summary>Full path of the damaged file.</summary>
    public string Path { get; } = path;

    /// <summary>1-based physical line of the file where the damage is (where the faulty record starts).</summary>
    public int LineNumber { get; } = lineNumber;
}
