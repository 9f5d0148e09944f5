using N2fSync.N2f;
using N2fSync.N2f.Cache;
using N2fSync.N2f.Http;
using N2fSync.Store;
using N2fSync.Sync;

namespace N2fSync.Session;

/// <summary>How a session reaches N2F: the client (with the cache's write tracker and the JSON log) and the list source (cached or not).</summary>
public sealed partial class SyncSession
{
    private N2fClient CreateClient()
    {
        var client = new N2fClient(Config.N2f, RequireCredentials(Config.N2f), CreateGate(), Log, Time, _handler);
        // Writes keep the cache true even in a session that reads nothing (Compare | Sync applies a plan as it comes).
        if (Config.Cache.Enabled) client.WriteObserver = new N2fCacheWriteTracker(Store.Cache, Origin);
        if (JsonLog is { } log) client.Metrics.Observed += log.ApiCall;
        // Every process of this account that uses the same API client takes turns (one call in flight for N2F).
        client.CallLock = new ClientCallLock(ClientCallLock.PathFor(LockFolder(), Target), TimeSpan.FromSeconds(Config.Quotas.WindowSeconds), Time);
        return client;
    }

    /// <summary>Beside an explicit store (its processes share it), else in the user's own N2fSync folder.</summary>
    private string LockFolder() => string.IsNullOrWhiteSpace(Config.Store.Path)
        ? System.IO.Path.Combine(SyncStore.DataFolder(), "locks")
        : System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Config.Store.Path!))!, "locks");

    private IN2fListSource CreateLists()
    {
        var api = new N2fApiListSource(Client, Config.N2f.PageSize);
        if (!Config.Cache.Enabled) return api;
        return new CachedN2fListSource(api, Store.Cache, Origin, TimeSpan.FromMinutes(Config.Cache.TtlMinutes), Time, MustReadFresh);
    }

    private string Origin => Target.Origin;

    /// <summary>
    /// A company's axes answered "no such object" through an id taken from the cached list: the list is stale (axes
    /// changed in N2F). It is dropped, so the next lookup reads it again from N2F.
    /// </summary>
    private void InvalidateAxes(N2fCompany company)
    {
        if (Config.Cache.Enabled) Store.Cache.InvalidateList(Origin, N2fList.AxesOf(company).Path);
    }

    private bool MustReadFresh(N2fList list) => CacheMode switch
    {
        CacheMode.Fresh => true,
        CacheMode.Sync => list.IsKeyed && Config.Cache.SyncReadsFresh,
        _ => false,
    };
}
