namespace N2fSync.TdsResponder;

/// <summary>A statement failed: sent to the client as an ERROR token with SQL Server's number and severity.</summary>
public sealed class TdsErrorException(int number, byte severity, string message) : Exception(message)
{
    public int Number { get; } = number;

    public byte Severity { get; } = severity;
}
