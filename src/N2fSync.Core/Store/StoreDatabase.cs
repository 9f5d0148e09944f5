using Microsoft.Data.Sqlite;
using N2fSync.Platform;
using N2fSync.Store.Schema;

namespace N2fSync.Store;

/// <summary>
/// The one SQLite connection of a store, shared by its parts. Every statement goes through here, so a SQLite failure
/// always becomes a <see cref="StoreException"/> naming the file, never a raw SQLite error. Calls are serialized: the
/// writes they record go to N2F one at a time anyway.
/// </summary>
internal sealed class StoreDatabase : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly object _lock = new();

    private StoreDatabase(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    public string Path { get; }

    /// <summary>Opens (creating when needed, readable by its owner only) and brings the schema up to date.</summary>
    public static StoreDatabase Open(string path) => Open(path, StoreSchema.CurrentVersion);

    /// <summary>Opens and migrates up to <paramref name="version"/> only: how tests make a store of an earlier release.</summary>
    internal static StoreDatabase Open(string path, int version)
    {
        OwnerOnlyFiles.PrepareFile(path);
        SqliteConnection? connection = null;
        try
        {
            connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
            }.ToString());
            connection.Open();
            var database = new StoreDatabase(path, connection);
            StoreSchema.Upgrade(database, version);
            return database;
        }
        catch (SqliteException e)
        {
            connection?.Dispose();
            throw StoreException.From(e, path);
        }
        catch (StoreException)
        {
            connection?.Dispose();
            throw;
        }
    }

    public void Execute(string sql, params (string Name, object? Value)[] parameters) => Guarded(() =>
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    });

    public T Query<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters) => Guarded(() =>
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        return read(reader);
    });

    public long Insert(string sql, params (string Name, object? Value)[] parameters) => Guarded(() =>
    {
        using var command = Command(sql + "; SELECT last_insert_rowid();", parameters);
        return (long)command.ExecuteScalar()!;
    });

    public long Scalar(string sql, params (string Name, object? Value)[] parameters) =>
        Query(sql, r => r.Read() && !r.IsDBNull(0) ? r.GetInt64(0) : 0, parameters);

    /// <summary>Runs <paramref name="work"/> in one transaction: each statement of it must go through the transaction it is given.</summary>
    public void InTransaction(Action<StoreTransaction> work) => Guarded(() =>
    {
        using var transaction = _connection.BeginTransaction();
        work(new StoreTransaction(this, transaction));
        transaction.Commit();
        return 0;
    });

    private T Guarded<T>(Func<T> work)
    {
        lock (_lock)
        {
            try
            {
                return work();
            }
            catch (SqliteException e)
            {
                throw StoreException.From(e, Path);
            }
        }
    }

    internal SqliteCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public void Dispose() => _connection.Dispose();
}

/// <summary>The statements of one <see cref="StoreDatabase.InTransaction"/>: all of them commit, or none.</summary>
internal sealed class StoreTransaction(StoreDatabase database, SqliteTransaction transaction)
{
    /// <summary>Runs one statement; returns the rows it changed.</summary>
    public int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = database.Command(sql, parameters);
        command.Transaction = transaction;
        return command.ExecuteNonQuery();
    }

    public T Query<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var command = database.Command(sql, parameters);
        command.Transaction = transaction;
        using var reader = command.ExecuteReader();
        return read(reader);
    }
}
