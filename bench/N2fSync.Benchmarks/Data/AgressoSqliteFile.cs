using Microsoft.Data.Sqlite;

namespace N2fSync.Benchmarks.Data;

/// <summary>Writes the two Agresso views of a data set as SQLite tables, the shape samples/agresso-sample.db has.</summary>
internal static class AgressoSqliteFile
{
    public static void Write(DataSet set, string path)
    {
        if (File.Exists(path)) File.Delete(path);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Table(connection, "iris_N2F_User", UserRows.Columns, set.UserRows);
        Table(connection, "iris_N2F_Analytics", AxisRows.Columns, set.AxisRows);
    }

    private static void Table(SqliteConnection connection, string name, string[] columns, List<string?[]> rows)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = $"CREATE TABLE {name} ({string.Join(", ", columns.Select(c => c + " TEXT"))})";
            create.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {name} VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var parameters = columns.Select((_, i) => insert.Parameters.Add("$p" + i, SqliteType.Text)).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++) parameters[i].Value = (object?)row[i] ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }
}
