using Microsoft.Data.Sqlite;
using N2fSync.Config;

namespace N2fSync.Store;

/// <summary>
/// The local SQLite store of one configuration: runs, the write journal, the failed-key queue and the quota spend
/// of the last window. Where an admin looks when something went wrong last night, and what lets a run resume.
/// One connection per session; calls are serialized because writes to N2F are sequential anyway.
/// </summary>
public sealed partial class SyncStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly object _lock = new();

    private SyncStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    public string Path { get; }

    /// <summary>Opens (creating when needed) the store file and brings its schema up to date.</summary>
    public static SyncStore Open(string path)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        var store = new SyncStore(path, connection);
        store.Execute(StoreSchema.Pragmas);
        store.AddMissingColumns();
        store.Execute(StoreSchema.Tables);
        return store;
    }

    /// <summary>store.path, else the user's local application data folder, N2fSync/&lt;config name&gt;.db (decisions 25).</summary>
    public static string DefaultPath(N2fSyncConfig config)
    {
        if (!string.IsNullOrWhiteSpace(config.Store.Path)) return config.Store.Path!;
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        if (string.IsNullOrEmpty(local)) local = System.IO.Path.GetTempPath();
        return System.IO.Path.Combine(local, "N2fSync", config.Name + ".db");
    }

    internal void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        lock (_lock)
        {
            using var command = Command(sql, parameters);
            command.ExecuteNonQuery();
        }
    }

    internal T Query<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        lock (_lock)
        {
            using var command = Command(sql, parameters);
            using var reader = command.ExecuteReader();
            return read(reader);
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: each statement of it must go through the command it is given.</summary>
    internal void InTransaction(Action<StoreCommand> work)
    {
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            work((sql, parameters) =>
            {
                using var command = Command(sql, parameters);
                command.Transaction = transaction;
                return command.ExecuteNonQuery();
            });
            transaction.Commit();
        }
    }

    /// <summary>A store made by an earlier version lacks the columns added since: add them, keeping its rows.</summary>
    private void AddMissingColumns()
    {
        foreach (var table in StoreSchema.AddedColumns.Select(c => c.Table).Distinct())
        {
            var existing = Query($"PRAGMA table_info({table})", r =>
            {
                var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                while (r.Read()) names.Add(r.GetString(1));
                return names;
            });
            // No columns: the table does not exist yet, and CREATE TABLE makes it whole.
            if (existing.Count == 0) continue;
            foreach (var (_, column, definition) in StoreSchema.AddedColumns.Where(c => c.Table == table && !existing.Contains(c.Column)))
                Execute($"ALTER TABLE {table} ADD COLUMN {column} {definition}");
        }
    }

    internal long Insert(string sql, params (string Name, object? Value)[] parameters)
    {
        lock (_lock)
        {
            using var command = Command(sql + "; SELECT last_insert_rowid();", parameters);
            return (long)command.ExecuteScalar()!;
        }
    }

    private SqliteCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public void Dispose() => _connection.Dispose();
}

/// <summary>One statement inside <see cref="SyncStore.InTransaction"/>; returns the rows it changed.</summary>
internal delegate int StoreCommand(string sql, params (string Name, object? Value)[] parameters);
