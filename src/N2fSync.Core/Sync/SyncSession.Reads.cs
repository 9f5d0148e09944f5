using N2fSync.N2f;
using N2fSync.N2f.Cache;
using N2fSync.N2f.Http;

namespace N2fSync.Sync;

/// <summary>How a session reaches N2F: the client (with the cache's write tracker and the JSON log) and the list source (cached or not).</summary>
public sealed partial class SyncSession
{
    private N2fClient CreateClient()
    {
        var client = new N2fClient(Config.N2f, RequireCredentials(Config.N2f), CreateGate(), Log, Time, _handler);
        // Writes keep the cache true even in a session that reads nothing (Compare | Sync applies a plan as it comes).
        if (Config.Cache.Enabled) client.WriteObserver = new N2fCacheWriteTracker(Store, Origin);
        if (JsonLog is { } log) client.Metrics.Observed += log.ApiCall;
        return client;
    }

    private IN2fListSource CreateLists()
    {
        var api = new N2fApiListSource(Client, Config.N2f.PageSize);
        if (!Config.Cache.Enabled) return api;
        return new CachedN2fListSource(api, Store, Origin, TimeSpan.FromMinutes(Config.Cache.TtlMinutes), Time, MustReadFresh);
    }

    private string Origin => CachedN2fListSource.Origin(Config.N2f.EffectiveBaseUrl, Config.N2f.ClientId ?? "");

    private bool MustReadFresh(N2fList list) => CacheMode switch
    {
        CacheMode.Fresh => true,
        CacheMode.Sync => list.IsKeyed && Config.Cache.SyncReadsFresh,
        _ => false,
    };
}
