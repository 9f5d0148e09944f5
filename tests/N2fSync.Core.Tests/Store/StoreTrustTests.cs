using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using N2fSync.Config;
using N2fSync.N2f;
using N2fSync.Platform;
using N2fSync.Store;
using N2fSync.Sync.Apply;
using N2fSync.Sync;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Store;

/// <summary>
/// The store keeps what lets a run resume and what an admin audits: it is one per configuration, never mixes N2F
/// targets, is readable by its owner only, knows its schema version, and fails with a message naming the file.
/// </summary>
public sealed class StoreTrustTests : IDisposable
{
    private static readonly N2fTarget Production = new("https://www.n2f.com/services/api/v2/", "svc-prod");
    private static readonly N2fTarget Sandbox = new("https://sandbox.n2f.com/services/api/v2/", "svc-test");
    private static readonly DateTimeOffset Night = new(2026, 12, 4, 1, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static N2fChange Create(string key) => new()
    {
        Scope = "users", Action = ChangeAction.Create, Key = key, Company = "BE01", Payload = new N2fPayload { ["mail"] = key },
    };

    [Fact]
    public void JournalAndFailedKeys_OfOneTarget_AreInvisibleToAnother()
    {
        var path = _folder.File("store.db");
        using (var production = SyncStore.Open(path, Production))
        {
            production.Journal.Before("run-prod", Create("ann.peeters@example.be"), "h", Night);
            production.FailedKeys.RecordFailure("run-prod", "users", "BE01", "marc.dupont@example.be", "Create", "h", 400, "culture", true, Night);
        }

        using var sandbox = SyncStore.Open(path, Sandbox);

        Assert.Empty(sandbox.Journal.Unfinished("run-test"));
        Assert.Empty(sandbox.FailedKeys.All());
        using var productionAgain = SyncStore.Open(path, Production);
        Assert.Single(productionAgain.Journal.Unfinished("run-prod-2"));
        Assert.Single(productionAgain.FailedKeys.All());
    }

    [Fact]
    public void QuotaSpend_IsCountedPerApiClient()
    {
        var path = _folder.File("store.db");
        using var store = SyncStore.Open(path, Production);
        store.Quota.RecordCall(N2fSync.N2f.Quota.CallKind.Write, Night);

        using var sandbox = SyncStore.Open(path, Sandbox);

        Assert.Empty(sandbox.Quota.CallsSince(N2fSync.N2f.Quota.CallKind.Write, Night.AddMinutes(-1)));
    }

    [Fact]
    public void Runs_RecordTheirTargetAndConfig()
    {
        using var store = SyncStore.Open(_folder.File("store.db"), Production);
        store.Runs.Start(new RunStart("run-1", Night, false, "svc-n2fsync", "AGRESSO-JOB01", 4711, Production.Origin, "/etc/n2fsync/prod.yaml"));

        var run = Assert.Single(store.History.Runs(new RunQuery { Target = Production.Origin }));

        Assert.Equal((Production.Origin, "/etc/n2fsync/prod.yaml"), (run.Target, run.ConfigPath));
        Assert.Empty(store.History.Runs(new RunQuery { Target = Sandbox.Origin }));
    }

    [Fact]
    public void AStoreOfANewerRelease_IsRefused_NamingTheFileAndVersion_AndLeftUntouched()
    {
        var path = _folder.File("newer.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE runs (id TEXT PRIMARY KEY); PRAGMA user_version = 99;";
            command.ExecuteNonQuery();
        }
        var before = File.ReadAllBytes(path);

        var e = Assert.Throws<StoreException>(() => SyncStore.Open(path, Production));

        Assert.Equal(StoreProblem.NewerVersion, e.Problem);
        Assert.Contains(path, e.Message);
        Assert.Contains("schema version is 99", e.Message);
        Assert.Contains("Nothing was read from or written", e.RecommendedAction);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void AFileThatIsNotAStore_IsReportedAsDamaged_NotAsARawSqliteError()
    {
        var path = _folder.File("damaged.db");
        File.WriteAllText(path, "Rapport de frais de Chloé O'Neil, mars 2026\n" + new string('x', 4096));

        var e = Assert.Throws<StoreException>(() => SyncStore.Open(path, Production));

        Assert.Equal(StoreProblem.Damaged, e.Problem);
        Assert.Contains(path, e.Message);
        Assert.Contains("Move the file aside", e.RecommendedAction);
    }

    [Fact]
    public void ATruncatedStore_IsReportedAsDamaged()
    {
        var path = _folder.File("truncated.db");
        using (var store = SyncStore.Open(path, Production))
            for (var i = 0; i < 200; i++) store.Journal.Before("run-1", Create($"agent.{i:000}@example.be"), "h", Night);
        using (var stream = new FileStream(path, FileMode.Open)) stream.SetLength(stream.Length / 2);
        File.Delete(path + "-wal");

        var e = Assert.ThrowsAny<StoreException>(() =>
        {
            using var store = SyncStore.Open(path, Production);
            store.Journal.Unfinished("run-2");
        });

        Assert.Equal(StoreProblem.Damaged, e.Problem);
    }

    [Theory]
    [InlineData(8, StoreProblem.ReadOnly, "write access")]
    [InlineData(5, StoreProblem.Busy, "Another process")]
    [InlineData(11, StoreProblem.Damaged, "Move the file aside")]
    [InlineData(26, StoreProblem.Damaged, "Move the file aside")]
    [InlineData(13, StoreProblem.Unavailable, "the disk has room")]
    public void SqliteFailures_BecomeStoreProblemsWithAdvice(int sqliteCode, StoreProblem problem, string advice)
    {
        var e = StoreException.From(new SqliteException("SQLite Error " + sqliteCode, sqliteCode), "/srv/n2fsync/store.db");

        Assert.Equal(problem, e.Problem);
        Assert.Contains(advice, e.RecommendedAction);
        Assert.Contains("/srv/n2fsync/store.db", e.Message);
    }

    [Fact]
    public void AReadOnlyStore_IsReportedAsReadOnly()
    {
        // Root writes to read-only files anyway: the check is only meaningful for an ordinary account.
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows) || Environment.UserName == "root") return;
        var path = _folder.File("readonly.db");
        using (SyncStore.Open(path, Production)) { }
        File.SetAttributes(path, FileAttributes.ReadOnly);

        var e = Assert.Throws<StoreException>(() =>
        {
            using var store = SyncStore.Open(path, Production);
            store.Journal.Before("run-1", Create("ann.peeters@example.be"), "h", Night);
        });

        Assert.Equal(StoreProblem.ReadOnly, e.Problem);
    }

    [Fact]
    public void TheStoreFile_IsReadableByItsOwnerOnly()
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return;
        var path = _folder.File("private/store.db");

        using (SyncStore.Open(path, Production)) { }

        Assert.Equal(0x180, OwnerOnlyFiles.UnixMode(path));
        Assert.Equal(0x1C0, OwnerOnlyFiles.UnixMode(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void AStoreLeftWorldReadable_IsTightenedWhenOpened()
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return;
        var path = _folder.File("old.db");
        using (SyncStore.Open(path, Production)) { }
        typeof(File).GetMethod("SetUnixFileMode", [typeof(string), typeof(UnixFileMode)])!
            .Invoke(null, [path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead]);

        using (SyncStore.Open(path, Production)) { }

        Assert.Equal(0x180, OwnerOnlyFiles.UnixMode(path));
    }

    [Fact]
    public void TheRunLockFiles_AreReadableByTheirOwnerOnly()
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return;
        var path = _folder.File("store.db");

        using var held = RunLock.Acquire(path, "run-1", Night);

        Assert.Equal(0x180, OwnerOnlyFiles.UnixMode(path + ".lock"));
        Assert.Equal(0x180, OwnerOnlyFiles.UnixMode(path + ".lock.json"));
    }

    [Fact]
    public void DefaultPath_TwoConfigsOfOneNameInTwoFolders_GetTwoStores()
    {
        var jobs = new N2fSyncConfig { Name = "n2fsync", FilePath = _folder.File("jobs/n2fsync.yaml") };
        var demo = new N2fSyncConfig { Name = "n2fsync", FilePath = _folder.File("demo/n2fsync.yaml") };

        Assert.NotEqual(SyncStore.DefaultPath(jobs), SyncStore.DefaultPath(demo));
        Assert.Equal(SyncStore.DefaultPath(jobs), SyncStore.DefaultPath(new N2fSyncConfig { Name = "n2fsync", FilePath = _folder.File("jobs/n2fsync.yaml") }));
        Assert.StartsWith(Path.Combine(SyncStore.DataFolder(), "stores"), SyncStore.DefaultPath(jobs));
        Assert.DoesNotContain(Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar), SyncStore.DataFolder());
    }

    [Fact]
    public void Migrations_FromTheFirstVersionedLayout_KeepRowsAndKeyFailedKeysByTarget()
    {
        var path = _folder.File("v1.db");
        using (var v1 = StoreDatabase.Open(path, version: 1))
            v1.Execute("""
                INSERT INTO failed_keys VALUES ('users', 'BE01', 'marc.dupont@example.be', 'Create', 'h', 400, 'culture', 1, 2,
                    '2026-11-01T01:00:00.0000000Z', '2026-11-02T01:00:00.0000000Z', 'run-0');
                INSERT INTO runs (id, started_at, scopes, outcome) VALUES ('run-0', '2026-11-02T01:00:00.0000000Z', 'users', 'Success');
                """);

        using var store = SyncStore.Open(path, Production);

        Assert.Equal(4, store.SchemaVersion);
        // A failed key of an unknown target is kept in the file but used by no target's run.
        Assert.Empty(store.FailedKeys.All());
        store.FailedKeys.RecordFailure("run-1", "users", "BE01", "marc.dupont@example.be", "Create", "h2", 400, "culture", true, Night);
        Assert.Single(store.FailedKeys.All());
        Assert.Equal("run-0", Assert.Single(store.History.Runs(new RunQuery { Ids = ["run-0"] })).Id);
    }

    [Fact]
    public void Migrations_OfANewFile_ReachTheCurrentVersion()
    {
        using var store = SyncStore.Open(_folder.File("new.db"), Production);

        Assert.Equal(4, store.SchemaVersion);
    }

    [Fact]
    public void Migrations_FromTheNotificationsLayout_CountRefusalsFromNowOn()
    {
        var path = _folder.File("v3.db");
        using (var v3 = StoreDatabase.Open(path, version: 3))
            v3.Execute("""
                INSERT INTO runs (id, started_at, scopes, outcome, held) VALUES ('run-0', '2026-11-02T01:00:00.0000000Z', 'users', 'Success', 2);
                """);

        using var store = SyncStore.Open(path, Production);
        var summary = new SyncSummary { RunId = "run-1", StartedAt = Night, Target = Production.ToString() };
        store.Runs.Start(new RunStart("run-1", Night, false, "svc-n2fsync", "AGRESSO-JOB01", 4711, Production.Origin, "/etc/n2fsync/n2fsync.yaml"));
        summary.Add(new SyncResult { Outcome = SyncOutcome.Refused, Key = "it-admin@example.be" });
        summary.Complete(Night.AddMinutes(3));
        store.Runs.Complete(summary);

        var runs = store.History.Runs(new RunQuery()).ToDictionary(r => r.Id);
        Assert.Equal((2, 0), (runs["run-0"].Held, runs["run-0"].Refused));
        Assert.Equal(1, runs["run-1"].Refused);
    }
}
