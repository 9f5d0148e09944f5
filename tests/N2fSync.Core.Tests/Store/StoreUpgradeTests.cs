using Microsoft.Data.Sqlite;
using N2fSync.Store;
using N2fSync.Sync.Apply;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Store;

/// <summary>A store written by the previous version opens, gains the new columns and keeps its history.</summary>
public sealed class StoreUpgradeTests
{
    [Fact]
    public void Open_StoreOfThePreviousSchema_AddsColumnsAndKeepsItsRowsReadable()
    {
        using var folder = new TempFolder();
        var path = folder.File("old.db");
        using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE runs (id TEXT PRIMARY KEY, started_at TEXT NOT NULL, ended_at TEXT, scopes TEXT NOT NULL,
                    user_name TEXT, host TEXT, process_id INTEGER, what_if INTEGER NOT NULL DEFAULT 0,
                    created INTEGER NOT NULL DEFAULT 0, updated INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0,
                    failed INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0, held INTEGER NOT NULL DEFAULT 0, outcome TEXT);
                CREATE TABLE journal (id INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL, scope TEXT NOT NULL, company TEXT NOT NULL,
                    key TEXT NOT NULL, action TEXT NOT NULL, payload_hash TEXT, changed_fields TEXT, state TEXT NOT NULL, outcome TEXT,
                    status INTEGER, message TEXT, duration_ms REAL, sent_at TEXT NOT NULL, done_at TEXT);
                INSERT INTO runs (id, started_at, ended_at, scopes, created, outcome) VALUES ('old1', '2026-01-05T02:00:00.0000000Z', '2026-01-05T02:10:00.0000000Z', 'users', 3, 'Success');
                INSERT INTO journal (run_id, scope, company, key, action, changed_fields, state, outcome, status, sent_at)
                    VALUES ('old1', 'users', 'BE01', 'ann.peeters@example.be', 'Update', 'jobTitle', 'Done', 'Updated', 200, '2026-01-05T02:01:00.0000000Z');
                """;
            create.ExecuteNonQuery();
        }

        using var store = SyncStore.Open(path, Fixtures.Target);
        var changes = new List<SyncChangeRecord>();
        store.History.Changes(new ChangeQuery(), changes.Add);

        var run = Assert.Single(store.History.Runs(new RunQuery()));
        Assert.Equal(("old1", 3, RunOutcome.Success), (run.Id, run.Created, run.Outcome));
        var change = Assert.Single(changes);
        Assert.Equal(("jobTitle", true), (change.ChangedFields, change.Sent));
        Assert.Empty(change.Differences);
    }
}
