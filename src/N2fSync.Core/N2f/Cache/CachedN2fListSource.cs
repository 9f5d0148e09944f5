using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace N2fSync.N2f.Cache;

/// <summary>
/// Answers list reads from the store while the cached copy is younger than the TTL and no write to it is pending;
/// otherwise reads N2F through the inner source and keeps what it read (streamed in small transactions, swapped in
/// whole only once complete, so an interrupted read never leaves half a list behind). Keyed per origin: base URL and
/// client id, so a sandbox list never answers for production.
/// </summary>
public sealed class CachedN2fListSource : IN2fListSource
{
    private const int Batch = 200;
    private readonly IN2fListSource _inner;
    private readonly IListCache _store;
    private readonly string _origin;
    private readonly TimeSpan _ttl;
    private readonly TimeProvider _time;
    private readonly Func<N2fList, bool> _mustReadFresh;
    private readonly ConcurrentDictionary<string, (string Scope, DateTimeOffset ReadAt)> _readAt = new(StringComparer.Ordinal);
    private int _hits, _misses;

    /// <summary>
    /// <paramref name="mustReadFresh"/> names the lists to read from N2F whatever the cache holds (-NoCache, or the lists
    /// a sync diffs against); what is read still refreshes the cache.
    /// </summary>
    public CachedN2fListSource(IN2fListSource inner, IListCache store, string origin, TimeSpan ttl, TimeProvider time,
        Func<N2fList, bool>? mustReadFresh = null)
    {
        _inner = inner;
        _store = store;
        _origin = origin;
        _ttl = ttl;
        _time = time;
        _mustReadFresh = mustReadFresh ?? (_ => false);
    }

    /// <summary>Lists answered from the store.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Lists read from N2F (not cached, expired, pending a write, or to be read fresh).</summary>
    public int Misses => Volatile.Read(ref _misses);

    /// <summary>
    /// When N2F was read for what this source last answered of a scope's lists (the oldest of them): now for a list
    /// read through, the time of the cached read for a list answered from the store. Null when none was asked.
    /// </summary>
    public DateTimeOffset? ReadAtOf(string scope)
    {
        var times = _readAt.Values.Where(r => string.Equals(r.Scope, scope, StringComparison.OrdinalIgnoreCase)).Select(r => r.ReadAt).ToList();
        return times.Count == 0 ? null : times.Min();
    }

    public async Task ReadAsync(N2fList list, Action<JsonElement> onItem, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (_ttl > TimeSpan.Zero && !_mustReadFresh(list) && _store.FreshList(_origin, list.Path, now - _ttl) is { } cached)
        {
            Interlocked.Increment(ref _hits);
            _readAt[list.Path] = (list.Scope, cached.ReadAt);
            ReplayFromStore(cached, onItem, cancellationToken);
            return;
        }
        Interlocked.Increment(ref _misses);
        _readAt[list.Path] = (list.Scope, now);
        await ReadThroughAsync(list, now, onItem, cancellationToken).ConfigureAwait(false);
    }

    private void ReplayFromStore(CachedList cached, Action<JsonElement> onItem, CancellationToken cancellationToken)
    {
        // Page by page, so 100 000 cached users never sit in memory at once.
        for (long after = 0; ;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = _store.CachedItems(cached.Id, after, 500);
            foreach (var (_, json) in page)
            {
                using var document = JsonDocument.Parse(json);
                onItem(document.RootElement);
            }
            if (page.Count < 500) return;
            after = page[page.Count - 1].Seq;
        }
    }

    private async Task ReadThroughAsync(N2fList list, DateTimeOffset readAt, Action<JsonElement> onItem, CancellationToken cancellationToken)
    {
        var id = _store.BeginList(_origin, list, readAt);
        var buffer = new List<(long Seq, string? Key, byte[] Json)>(Batch);
        long seq = 0;
        try
        {
            await _inner.ReadAsync(list, item =>
            {
                // The item's own UTF-8 bytes: half the size of its text, and no string for each of 100 000 users.
                buffer.Add((++seq, list.KeyOf(item), JsonMarshal.GetRawUtf8Value(item).ToArray()));
                if (buffer.Count >= Batch) Flush(id, buffer);
                onItem(item);
            }, cancellationToken).ConfigureAwait(false);
            Flush(id, buffer);
            _store.CompleteList(id, _origin, list.Path);
        }
        catch
        {
            _store.DropList(id);
            throw;
        }
    }

    private void Flush(long id, List<(long Seq, string? Key, byte[] Json)> buffer)
    {
        if (buffer.Count == 0) return;
        _store.AddItems(id, buffer);
        buffer.Clear();
    }

    /// <summary>The cache key of an N2F account: base URL and client id (not a secret).</summary>
    public static string Origin(string baseUrl, string clientId) => baseUrl.Trim() + " " + clientId.Trim();
}
