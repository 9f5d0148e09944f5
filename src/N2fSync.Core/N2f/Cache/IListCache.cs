

namespace N2fSync.N2f.Cache;

/// <summary>A cached list ready to answer reads: when it was read and how many items it holds.</summary>
public sealed record CachedList(long Id, DateTimeOffset ReadAt, int Items);

/// <summary>
/// Where the read cache keeps N2F's lists (the local store implements it), per origin: base URL and client id, so a
/// sandbox list never answers for production.
/// </summary>
public interface IListCache
{
    /// <summary>The newest complete list of that origin and path read at or after <paramref name="notBefore"/>, unless a write to it is pending.</summary>
    CachedList? FreshList(string origin, string path, DateTimeOffset notBefore);

    /// <summary>A page of a cached list's items (UTF-8 JSON) in the order they were read, after <paramref name="afterSeq"/>.</summary>
    IReadOnlyList<(long Seq, byte[] Json)> CachedItems(long listId, long afterSeq, int limit);

    /// <summary>Starts filling a new copy of a list; it answers no read until <see cref="CompleteList"/>.</summary>
    long BeginList(string origin, N2fList list, DateTimeOffset readAt);

    /// <summary>Adds items of a list being filled, each the UTF-8 bytes of its JSON as N2F sent it.</summary>
    void AddItems(long listId, IReadOnlyList<(long Seq, string? Key, byte[] Json)> items);

    /// <summary>The new copy replaces the older ones of the same list, in one transaction.</summary>
    void CompleteList(long listId, string origin, string path);

    void DropList(long listId);

    /// <summary>A write to the list is about to go out: until its outcome is known, the list answers no read.</summary>
    void MarkDirty(string origin, string path);

    /// <summary>N2F acknowledged a write: its object replaces the item of that key (or joins the list).</summary>
    void UpsertItem(string origin, string path, string key, string json);

    /// <summary>N2F deleted the item (or had it no more): it leaves the list.</summary>
    void RemoveItem(string origin, string path, string key);

    /// <summary>Forgets every copy of a list: the next read goes to N2F.</summary>
    void InvalidateList(string origin, string path);
}
