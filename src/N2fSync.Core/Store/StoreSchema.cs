namespace N2fSync.Store;

/// <summary>The store's tables. Times are UTC ISO-8601 text; nothing secret is ever stored.</summary>
internal static class StoreSchema
{
    // WAL keeps a journal row written before a call durable if the process dies; NORMAL is safe with WAL.
    public const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";

    public const string Tables = """
        CREATE TABLE IF NOT EXISTS runs (
            id TEXT PRIMARY KEY, started_at TEXT NOT NULL, ended_at TEXT, scopes TEXT NOT NULL,
            user_name TEXT, host TEXT, process_id INTEGER, what_if INTEGER NOT NULL DEFAULT 0,
            created INTEGER NOT NULL DEFAULT 0, updated INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0, held INTEGER NOT NULL DEFAULT 0,
            outcome TEXT);
        CREATE TABLE IF NOT EXISTS journal (
            id INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL, scope TEXT NOT NULL, company TEXT NOT NULL,
            key TEXT NOT NULL, action TEXT NOT NULL, payload_hash TEXT, changed_fields TEXT,
            state TEXT NOT NULL, outcome TEXT, status INTEGER, message TEXT, duration_ms REAL,
            sent_at TEXT NOT NULL, done_at TEXT);
        CREATE INDEX IF NOT EXISTS journal_run ON journal(run_id);
        CREATE INDEX IF NOT EXISTS journal_key ON journal(scope, key);
        CREATE INDEX IF NOT EXISTS journal_state ON journal(state);
        CREATE TABLE IF NOT EXISTS failed_keys (
            scope TEXT NOT NULL, company TEXT NOT NULL, key TEXT NOT NULL, action TEXT NOT NULL,
            payload_hash TEXT, status INTEGER, message TEXT, rejected INTEGER NOT NULL, attempts INTEGER NOT NULL,
            first_failed_at TEXT NOT NULL, last_failed_at TEXT NOT NULL, last_run_id TEXT NOT NULL,
            PRIMARY KEY (scope, company, key));
        CREATE TABLE IF NOT EXISTS quota_calls (kind TEXT NOT NULL, at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS quota_calls_at ON quota_calls(kind, at);
        """;
}
