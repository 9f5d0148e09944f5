namespace N2fSync.Config;

/// <summary>Where the Agresso views are read from.</summary>
public enum SourceProvider { SqlServer, Sqlite, Csv }
