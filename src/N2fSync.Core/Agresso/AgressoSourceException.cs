namespace N2fSync.Agresso;

/// <summary>The source could not be read. The message never holds a password or a full connection string.</summary>
public class AgressoSourceException(string message, Exception? inner = null) : Exception(message, inner);
