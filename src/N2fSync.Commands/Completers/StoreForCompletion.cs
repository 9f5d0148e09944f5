using System.Collections;
using N2fSync.Config;
using N2fSync.Store;

namespace N2fSync.Commands.Completers;

/// <summary>
/// The store of the configuration a command line names (-ConfigPath, else $env:N2FSYNC_CONFIG, else ./n2fsync.yaml),
/// opened for one local query; null when there is none yet or it cannot be read: a completer never fails, it offers nothing.
/// </summary>
internal static class StoreForCompletion
{
    public static T? Query<T>(IDictionary fakeBoundParameters, Func<SyncStore, T> query) where T : class
    {
        var path = fakeBoundParameters["ConfigPath"] as string ?? Environment.GetEnvironmentVariable("N2FSYNC_CONFIG") ?? "n2fsync.yaml";
        try
        {
            if (!File.Exists(path)) return null;
            var store = SyncStore.DefaultPath(ConfigLoader.Load(path));
            if (!File.Exists(store)) return null;
            using var opened = SyncStore.Open(store);
            return query(opened);
        }
        catch (Exception e) when (e is ConfigException or IOException or StoreException)
        {
            return null;
        }
    }
}
