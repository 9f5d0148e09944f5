using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace N2fSync.Agresso;

/// <summary>Reads the views from a SQLite file (demos, tests, an offline copy of Agresso). Never writes to it.</summary>
public sealed class SqliteAgressoSource : DbAgressoSource
{
    private readonly string _path;

    public SqliteAgressoSource(string path, int commandTimeoutSeconds = 300)
        : base(commandTimeoutSeconds)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new AgressoSourceException("sqlite source: source.path is not set; it names the database file.");
        _path = System.IO.Path.GetFullPath(path);
    }

    public override string Provider => "sqlite";

    /// <summary>Full path of the database file.</summary>
    public string Path => _path;

    protected override string Location => $"file '{_path}'";

    protected override DbConnection CreateConnection()
    {
        // Read-only mode already refuses to create a file, but its error ("unable to open database file") does not
        // say which file; checking first gives a message that does.
        if (!File.Exists(_path))
            throw new FileNotFoundException($"the database file '{_path}' does not exist.", _path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadOnly,
            // Pooled SQLite connections keep the file open after Dispose, which blocks replacing or deleting it.
            Pooling = false,
        };
        return new SqliteConnection(builder.ToString());
    }
}
