namespace N2fSync.Store;

/// <summary>
/// The store's tables. Times are UTC ISO-8601 text; nothing secret is ever stored (field values of users and axis
/// values are business data: they are kept in the journal's differences and the cache).
/// </summary>
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
            outcome TEXT, unchanged INTEGER NOT NULL DEFAULT 0, stopped_because TEXT, data_issues INTEGER NOT NULL DEFAULT 0,
            completeness TEXT, metrics TEXT);
        CREATE INDEX IF NOT EXISTS runs_started ON runs(started_at);
        CREATE TABLE IF NOT EXISTS journal (
            id INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL, scope TEXT NOT NULL, company TEXT NOT NULL,
            key TEXT NOT NULL, action TEXT NOT NULL, payload_hash TEXT, changed_fields TEXT,
            state TEXT NOT NULL, outcome TEXT, status INTEGER, message TEXT, duration_ms REAL,
            sent_at TEXT NOT NULL, done_at TEXT, differences TEXT, row_number INTEGER, sent INTEGER NOT NULL DEFAULT 1);
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
        CREATE TABLE IF NOT EXISTS data_issues (
            id INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL, scope TEXT NOT NULL, row_number INTEGER NOT NULL,
            key TEXT, field TEXT NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL, value TEXT,
            blocking INTEGER NOT NULL, at TEXT NOT NULL, source_name TEXT, source_unit TEXT);
        CREATE INDEX IF NOT EXISTS data_issues_run ON data_issues(run_id);
        CREATE TABLE IF NOT EXISTS cache_lists (
            id INTEGER PRIMARY KEY AUTOINCREMENT, origin TEXT NOT NULL, path TEXT NOT NULL, scope TEXT NOT NULL,
            state TEXT NOT NULL, read_at TEXT NOT NULL, dirty INTEGER NOT NULL DEFAULT 0,
            items INTEGER NOT NULL DEFAULT 0, bytes INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX IF NOT EXISTS cache_lists_path ON cache_lists(origin, path);
        CREATE TABLE IF NOT EXISTS cache_items (
            list_id INTEGER NOT NULL, seq INTEGER NOT NULL, item_key TEXT, json TEXT NOT NULL, PRIMARY KEY (list_id, seq));
        CREATE INDEX IF NOT EXISTS cache_items_key ON cache_items(list_id, item_key);
        """;

    /// <summary>Columns added after the first release, for stores created before them (CREATE TABLE IF NOT EXISTS keeps old tables as they are).</summary>
    public static readonly (string Table, string Column, string Definition)[] AddedColumns =
    [
        ("runs", "unchanged", "INTEGER NOT NULL DEFAULT 0"),
        ("runs", "stopped_because", "TEXT"),
        ("runs", "data_issues", "INTEGER NOT NULL DEFAULT 0"),
        ("runs", "completeness", "TEXT"),
        ("runs", "metrics", "TEXT"),
        ("journal", "differences", "TEXT"),
        ("journal", "row_number", "INTEGER"),
        ("journal", "sent", "INTEGER NOT NULL DEFAULT 1"),
        // The file or view a data issue's row number counts in ("iris_N2F_User.csv", "line").
        ("data_issues", "source_name", "TEXT"),
        ("data_issues", "source_unit", "TEXT"),
    ];
}
