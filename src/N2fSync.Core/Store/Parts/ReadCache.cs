using N2fSync.N2f.Cache;
using N2fSync.N2f;
using N2fSync.Store.History;

namespace N2fSync.Store.Parts;

/// <summary>The read cache: N2F's lists kept as JSON items per origin (base URL and client id).</summary>
internal sealed class ReadCache(StoreDatabase database) : IListCache
{
    // cache_lists.dirty: 0 answers reads, 1 a write to the list is pending, 2 stale (written to while being filled).
    private const int Stale = 2;

    /// <summary>The newest complete list of that origin and path read at or after <paramref name="notBefore"/>, unless a write to it is pending.</summary>
    public CachedList? FreshList(string origin, string path, DateTimeOffset notBefore) => database.Query(
        """
        SELECT id, read_at, items FROM cache_lists
        WHERE origin = $origin AND path = $path AND state = 'Ready' AND dirty = 0 AND read_at >= $since
        ORDER BY read_at DESC LIMIT 1
        """,
        r => r.Read() ? new CachedList(r.GetInt64(0), StoreTime.Parse(r.GetString(1)), r.GetInt32(2)) : null,
        ("$origin", origin), ("$path", path), ("$since", StoreTime.Format(notBefore)));

    /// <summary>
    /// A page of a cached list's items in the order they were read, after <paramref name="afterSeq"/>, as UTF-8 JSON (a
    /// read stores the bytes N2F sent, an acknowledged write its text: both read back alike).
    /// </summary>
    public IReadOnlyList<(long Seq, byte[] Json)> CachedItems(long listId, long afterSeq, int limit) => database.Query(
        "SELECT seq, json FROM cache_items WHERE list_id = $id AND seq > $after ORDER BY seq LIMIT $limit",
        r =>
        {
            var items = new List<(long, byte[])>();
            while (r.Read()) items.Add((r.GetInt64(0), r.GetFieldValue<byte[]>(1)));
            return items;
        }, ("$id", listId), ("$after", afterSeq), ("$limit", limit));

    /// <summary>Starts filling a new copy of a list; it answers no read until <see cref="CompleteList"/>.</summary>
    public long BeginList(string origin, N2fList list, DateTimeOffset readAt) => database.Insert(
        "INSERT INTO cache_lists (origin, path, scope, state, read_at) VALUES ($origin, $path, $scope, 'Filling', $at)",
        ("$origin", origin), ("$path", list.Path), ("$scope", list.Scope), ("$at", StoreTime.Format(readAt)));

    /// <summary>Adds items of a list being filled, each the UTF-8 bytes of its JSON as N2F sent it (no string made of it).</summary>
    public void AddItems(long listId, IReadOnlyList<(long Seq, string? Key, byte[] Json)> items) => database.InTransaction(transaction =>
    {
        foreach (var (seq, key, json) in items)
            // Stored as text, as an acknowledged write's item is: the bytes are UTF-8 already, the cast converts nothing.
            transaction.Execute("INSERT INTO cache_items (list_id, seq, item_key, json) VALUES ($id, $seq, $key, CAST($json AS TEXT))",
                ("$id", listId), ("$seq", seq), ("$key", key), ("$json", json));
        transaction.Execute("UPDATE cache_lists SET items = items + $n, bytes = bytes + $bytes WHERE id = $id",
            ("$id", listId), ("$n", items.Count), ("$bytes", items.Sum(i => (long)i.Json.Length)));
    });

    /// <summary>
    /// The new copy replaces the older ones of the same list, in one transaction; unless a write went out while it was
    /// filled (it may hold an item as it was before): then it goes, and the older copies, kept current, stay.
    /// </summary>
    public void CompleteList(long listId, string origin, string path) => database.InTransaction(transaction =>
    {
        if (transaction.Query("SELECT dirty FROM cache_lists WHERE id = $id", r => r.Read() ? r.GetInt32(0) : 0, ("$id", listId)) == Stale)
        {
            transaction.Execute("DELETE FROM cache_items WHERE list_id = $id", ("$id", listId));
            transaction.Execute("DELETE FROM cache_lists WHERE id = $id", ("$id", listId));
            return;
        }
        const string older = "SELECT id FROM cache_lists WHERE origin = $origin AND path = $path AND state = 'Ready' AND id <> $id";
        transaction.Execute($"DELETE FROM cache_items WHERE list_id IN ({older})", ("$origin", origin), ("$path", path), ("$id", listId));
        transaction.Execute($"DELETE FROM cache_lists WHERE id IN ({older})", ("$origin", origin), ("$path", path), ("$id", listId));
        transaction.Execute("UPDATE cache_lists SET state = 'Ready' WHERE id = $id", ("$id", listId));
    });

    public void DropList(long listId) => database.InTransaction(transaction =>
    {
        transaction.Execute("DELETE FROM cache_items WHERE list_id = $id", ("$id", listId));
        transaction.Execute("DELETE FROM cache_lists WHERE id = $id", ("$id", listId));
    });

    /// <summary>A write to the list is about to go out: until its outcome is known, the list answers no read.</summary>
    public void MarkDirty(string origin, string path) =>
        database.Execute("UPDATE cache_lists SET dirty = MAX(dirty, 1) WHERE origin = $origin AND path = $path", ("$origin", origin), ("$path", path));

    /// <summary>
    /// N2F acknowledged a write: its object replaces the item of that key (or joins the list), and the list answers
    /// reads again. A copy still being filled (a run writes while it reads the list) may hold the item as it was: it
    /// is marked stale instead, and dropped once complete.
    /// </summary>
    public void UpsertItem(string origin, string path, string key, string json) => database.InTransaction(transaction =>
    {
        foreach (var id in ReadyIds(transaction, origin, path))
        {
            var (removed, removedBytes) = RemoveKey(transaction, id, key);
            transaction.Execute("INSERT INTO cache_items (list_id, seq, item_key, json) SELECT $id, COALESCE(MAX(seq), 0) + 1, $key, $json FROM cache_items WHERE list_id = $id",
                ("$id", id), ("$key", key), ("$json", json));
            transaction.Execute("UPDATE cache_lists SET dirty = 0, items = items - $removed + 1, bytes = bytes - $removedBytes + LENGTH(CAST($json AS BLOB)) WHERE id = $id",
                ("$id", id), ("$removed", removed), ("$removedBytes", removedBytes), ("$json", json));
        }
    });

    /// <summary>N2F deleted the item (or had it no more): it leaves the list, and the list answers reads again.</summary>
    public void RemoveItem(string origin, string path, string key) => database.InTransaction(transaction =>
    {
        foreach (var id in ReadyIds(transaction, origin, path))
        {
            var (removed, removedBytes) = RemoveKey(transaction, id, key);
            transaction.Execute("UPDATE cache_lists SET dirty = 0, items = items - $removed, bytes = bytes - $removedBytes WHERE id = $id",
                ("$id", id), ("$removed", removed), ("$removedBytes", removedBytes));
        }
    });

    /// <summary>Removes a key's items from a copy; how many, and their bytes (counted here, not by summing the whole list).</summary>
    private static (int Items, long Bytes) RemoveKey(StoreTransaction transaction, long id, string key)
    {
        var bytes = transaction.Query("SELECT COALESCE(SUM(LENGTH(CAST(json AS BLOB))), 0) FROM cache_items WHERE list_id = $id AND item_key = $key",
            r => r.Read() ? r.GetInt64(0) : 0, ("$id", id), ("$key", key));
        return (transaction.Execute("DELETE FROM cache_items WHERE list_id = $id AND item_key = $key", ("$id", id), ("$key", key)), bytes);
    }

    /// <summary>Forgets every complete copy of a list: the next read goes to N2F. A copy being filled is marked instead.</summary>
    public void InvalidateList(string origin, string path) => database.InTransaction(transaction =>
    {
        foreach (var id in ReadyIds(transaction, origin, path))
        {
            transaction.Execute("DELETE FROM cache_items WHERE list_id = $id", ("$id", id));
            transaction.Execute("DELETE FROM cache_lists WHERE id = $id", ("$id", id));
        }
    });

    /// <summary>Empties the cache (every origin), or only the lists of the given scopes; returns how many lists went.</summary>
    public int ClearCache(IReadOnlyCollection<string>? scopes = null)
    {
        var filter = new SqlFilter();
        filter.In("lower(scope)", scopes?.Select(s => s.Trim().ToLowerInvariant()).ToList());
        var ids = database.Query($"SELECT id FROM cache_lists{filter}", Columns.Ids, filter.Parameters);
        foreach (var id in ids) DropList(id);
        return ids.Count;
    }

    /// <summary>
    /// The complete copies of a list that a write keeps current. Copies being filled are marked stale on the way: a
    /// write while the list is read may or may not show in what the read got, so such a copy never answers a read.
    /// </summary>
    private static List<long> ReadyIds(StoreTransaction transaction, string origin, string path)
    {
        transaction.Execute($"UPDATE cache_lists SET dirty = {Stale} WHERE origin = $origin AND path = $path AND state = 'Filling'",
            ("$origin", origin), ("$path", path));
        return transaction.Query($"SELECT id FROM cache_lists WHERE origin = $origin AND path = $path AND state = 'Ready' AND dirty < {Stale}",
            Columns.Ids, ("$origin", origin), ("$path", path));
    }

    /// <summary>Drops lists left half-filled by a dead process, then the oldest lists until the rest fits in <paramref name="maxBytes"/>.</summary>
    public int Prune(DateTimeOffset now, long maxBytes)
    {
        var stale = database.Query("SELECT id FROM cache_lists WHERE state = 'Filling' AND read_at < $since", Columns.Ids,
            ("$since", StoreTime.Format(now.AddDays(-1))));
        foreach (var id in stale) DropList(id);
        var lists = database.Query("SELECT id, bytes FROM cache_lists WHERE state = 'Ready' ORDER BY read_at DESC, id DESC", r =>
        {
            var found = new List<(long Id, long Bytes)>();
            while (r.Read()) found.Add((r.GetInt64(0), r.GetInt64(1)));
            return found;
        });
        long kept = 0;
        var dropped = stale.Count;
        foreach (var (id, bytes) in lists)
        {
            kept += bytes;
            if (kept <= maxBytes) continue;
            DropList(id);
            dropped++;
        }
        return dropped;
    }
}
