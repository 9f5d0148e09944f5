using N2fSync.Config;
using N2fSync.Store;

namespace N2fSync.Commands.Hosting;

/// <summary>Opens the store of a config for the history cmdlets, which only read: a store that does not exist yet is not created.</summary>
internal static class StoreAccess
{
    public static SyncStore? OpenExisting(N2fSyncConfig config, out string path)
    {
        path = SyncStore.DefaultPath(config);
        return File.Exists(path) ? SyncStore.Open(path) : null;
    }

    /// <summary>-After/-Before are UTC: a local time (Get-Date) is converted, a time of unspecified kind ('2026-03-01') is taken as UTC.</summary>
    public static DateTimeOffset? Utc(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Local } local => new DateTimeOffset(local.ToUniversalTime(), TimeSpan.Zero),
        { } other => new DateTimeOffset(DateTime.SpecifyKind(other, DateTimeKind.Utc), TimeSpan.Zero),
    };
}
