

namespace N2fSync.Store.Schema;

/// <summary>
/// The store's schema and its version (SQLite's <c>user_version</c>). Each release that changes the tables adds one
/// <see cref="StoreMigration"/>; opening a store runs the missing ones in order, each in its own transaction. A store
/// written by a newer release is refused before anything is read or written: an older release cannot know what its
/// rows mean. Times are UTC ISO-8601 text; nothing secret is ever stored.
/// </summary>
internal static class StoreSchema
{
    // WAL keeps a journal row written before a call durable if the process dies; NORMAL is safe with WAL.
    public const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";

    /// <summary>The migrations in order; the last one's version is what this release writes.</summary>
    public static readonly IReadOnlyList<StoreMigration> Migrations = [StoreMigrations.V1Tables, StoreMigrations.V2Targets, StoreMigrations.V3Notifications,
        StoreMigrations.V4RunRefused];

    public static int CurrentVersion => Migrations[Migrations.Count - 1].Version;

    public static void Upgrade(StoreDatabase database, int upTo)
    {
        var version = (int)database.Scalar("PRAGMA user_version");
        if (version > CurrentVersion)
            throw new StoreException(database.Path, StoreProblem.NewerVersion,
                $"its schema version is {version}; this release of N2fSync reads versions up to {CurrentVersion}",
                "Update the N2fSync module on this machine (Update-PSResource N2fSync), or set store.path to another file. "
                + "Nothing was read from or written to this store.");
        database.Execute(Pragmas);
        foreach (var migration in Migrations.Where(m => m.Version > version && m.Version <= upTo))
            database.InTransaction(transaction =>
            {
                migration.Apply(transaction);
                // PRAGMA takes no parameter; the version is a constant of this release.
                transaction.Execute($"PRAGMA user_version = {migration.Version}");
            });
    }
}

/// <summary>One step of the schema: from the version before it to <see cref="Version"/>.</summary>
internal sealed record StoreMigration(int Version, string What, Action<StoreTransaction> Apply);
