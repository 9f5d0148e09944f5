using Microsoft.Data.Sqlite;

namespace N2fSync.Store;

/// <summary>Reads a nullable column by name; one place, so every part reads NULLs alike.</summary>
internal static class Columns
{
    public static string? Text(SqliteDataReader r, string column) =>
        r.IsDBNull(r.GetOrdinal(column)) ? null : r.GetString(r.GetOrdinal(column));

    public static int? Int(SqliteDataReader r, string column) =>
        r.IsDBNull(r.GetOrdinal(column)) ? null : r.GetInt32(r.GetOrdinal(column));

    public static List<long> Ids(SqliteDataReader r)
    {
        var ids = new List<long>();
        while (r.Read()) ids.Add(r.GetInt64(0));
        return ids;
    }
}
