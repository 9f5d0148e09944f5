using System.Security.Cryptography;
using System.Text;
using N2fSync.Config;
using N2fSync.N2f.Cache;
using N2fSync.N2f.Quota;
using N2fSync.N2f;
using N2fSync.Platform;
using N2fSync.Store.History;
using N2fSync.Store.Parts;
using N2fSync.Sync.Ports;

namespace N2fSync.Store;

/// <summary>
/// The local SQLite store of one configuration: where an admin looks when something went wrong last night, and what
/// lets a run resume. Its parts each serve one need over one connection: run history, the write journal, the
/// failed-key queue, the quota ledger, the read cache, data-quality issues and retention. The journal, failed keys and
/// quota spend belong to one N2F target: opened with a <see cref="N2fTarget"/>, the store only ever reads and writes
/// that target's; without one (history cmdlets), only the history is available.
/// </summary>
public sealed class SyncStore : IDisposable
{
    private readonly StoreDatabase _database;
    private readonly string? _origin;
    private readonly ReadCache _cache;
    private readonly DataIssueLog _issues;

    private SyncStore(StoreDatabase database, N2fTarget? target)
    {
        _database = database;
        Target = target;
        _origin = target?.Origin;
        _cache = new ReadCache(database);
        _issues = new DataIssueLog(database);
        Runs = new RunHistory(database, _issues);
        History = new HistoryReader(database);
        Retention = new StoreRetention(database, _cache);
    }

    public string Path => _database.Path;

    /// <summary>The N2F target whose journal, failed keys and quota spend this store instance uses; null for history only.</summary>
    public N2fTarget? Target { get; }

    /// <summary>Opens (creating when needed) the store file; throws <see cref="StoreException"/> when it cannot be used.</summary>
    public static SyncStore Open(string path, N2fTarget? target = null) => new(StoreDatabase.Open(path), target);

    public IRunHistory Runs { get; }
    public HistoryReader History { get; }
    public IStoreRetention Retention { get; }
    public IListCache Cache => _cache;

    /// <summary>Every attempt to send a run's notification.</summary>
    public Notify.INotificationJournal Notifications => new NotificationLog(_database);

    public IWriteJournal Journal => new WriteJournal(_database, RequireTarget());
    public IFailedKeyQueue FailedKeys => new FailedKeyQueue(_database, RequireTarget());
    public IQuotaLedger Quota => new QuotaLedger(_database, RequireTarget());

    /// <summary>The parts one run uses, behind the interfaces the run knows.</summary>
    public RunStorage ForRun() => new(Runs, Journal, FailedKeys, Retention, (runId, at) => RunLock.Acquire(Path, runId, at));

    /// <summary>The data-quality issues of a run.</summary>
    public IReadOnlyList<Agresso.DataIssue> DataIssues(string runId) => _issues.OfRun(runId);

    /// <summary>The journal entries of a run, in the order they were written.</summary>
    public IReadOnlyList<JournalEntry> JournalOf(string runId) => new WriteJournal(_database, _origin ?? "").OfRun(runId);

    /// <summary>Empties the read cache (every target's), or only the lists of the given scopes; returns how many lists went.</summary>
    public int ClearCache(IReadOnlyCollection<string>? scopes = null) => _cache.ClearCache(scopes);

    /// <summary>Size of the store file and of its cached lists, in bytes.</summary>
    public (long FileBytes, long CacheBytes) Size() => ((StoreRetention)Retention).Size();

    /// <summary>The schema version of the file (see the store's migrations).</summary>
    public int SchemaVersion => (int)_database.Scalar("PRAGMA user_version");

    internal StoreDatabase Database => _database;

    /// <summary>
    /// store.path, else a file in the user's own local data folder named after the configuration and a hash of the
    /// config file's full path: two n2fsync.yaml in two folders never share a store. The folder is created when
    /// missing; there is no fallback to a shared temp folder.
    /// </summary>
    public static string DefaultPath(N2fSyncConfig config)
    {
        if (!string.IsNullOrWhiteSpace(config.Store.Path)) return config.Store.Path!;
        return System.IO.Path.Combine(DataFolder(), "stores", $"{config.Name}-{PathHash(config.FilePath ?? config.Name)}.db");
    }

    /// <summary>Where the releases before per-path stores kept this configuration's store (shared by every config of that name).</summary>
    public static string LegacyDefaultPath(N2fSyncConfig config) =>
        System.IO.Path.Combine(DataFolder(), config.Name + ".db");

    /// <summary>The user's own N2fSync data folder (local application data / XDG_DATA_HOME), created owner-only when missing.</summary>
    public static string DataFolder()
    {
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(local))
            throw new StoreException("(default store)", StoreProblem.Unavailable,
                "this account has no local application data folder (no HOME or LOCALAPPDATA)",
                "Set store.path in the configuration to a file in a folder only this account can read.");
        var folder = System.IO.Path.Combine(local, "N2fSync");
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            OwnerOnlyFiles.Restrict(folder, isFolder: true);
        }
        return folder;
    }

    private static string PathHash(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        // Windows paths are case-insensitive: C:\Jobs\n2fsync.yaml and c:\jobs\N2FSYNC.yaml are one configuration.
        if (System.IO.Path.DirectorySeparatorChar == '\\') full = full.ToUpperInvariant();
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(full));
        return string.Concat(hash.Take(6).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }

    private string RequireTarget() => _origin
        ?? throw new InvalidOperationException("This store was opened without an N2F target: only its history can be read.");

    public void Dispose() => _database.Dispose();
}
