

namespace N2fSync.Store.Schema;

/// <summary>
/// Every schema change since the first release, in order. Never edit a migration that has shipped: add one.
/// Version 0 is a new file, or a store of the releases before versioning (tables present, some columns missing).
/// </summary>
internal static class StoreMigrations
{
    /// <summary>Columns the releases before versioning added over time; a store of the oldest of them lacks them.</summary>
    private static readonly (string Table, string Column, string Definition)[] V1AddedColumns =
    [
        ("runs", "unchanged", "INTEGER NOT NULL DEFAULT 0"),
        ("runs", "stopped_because", "TEXT"),
        ("runs", "data_issues", "INTEGER NOT NULL DEFAULT 0"),
        ("runs", "completeness", "TEXT"),
        ("runs", "metrics", "TEXT"),
        ("journal", "differences", "TEXT"),
        ("journal", "row_number", "INTEGER"),
        ("journal", "sent", "INTEGER NOT NULL DEFAULT 1"),
    ];

    /// <summary>1: the tables of the first releases, with every column those releases added over time.</summary>
    public static readonly StoreMigration V1Tables = new(1, "runs, journal, failed keys, quota spend, data issues, read cache",
        transaction =>
        {
            AddMissingColumns(transaction, V1AddedColumns);
            foreach (var statement in V1CreateTables.Split([';'], StringSplitOptions.RemoveEmptyEntries))
                if (statement.Trim().Length > 0) transaction.Execute(statement);
        });

    /// <summary>
    /// 2: the N2F target (base URL and client id) and config of each run; journal, failed keys and quota spend kept per
    /// target, so a sandbox and a production run never settle, retry or pace each other; where each data issue's row
    /// number counts (file or view). Rows of earlier releases
    /// belong to no known target: they stay in the history, and are used by no run.
    /// </summary>
    public static readonly StoreMigration V2Targets = new(2, "per-target runs, journal, failed keys and quota spend",
        transaction =>
        {
            AddMissingColumns(transaction,
            [
                ("runs", "target", "TEXT"), ("runs", "config_path", "TEXT"), ("runs", "failure", "TEXT"),
                ("runs", "scope_status", "TEXT"), ("journal", "target", "TEXT"), ("quota_calls", "target", "TEXT"),
                // The file or view a data issue's row number counts in ("iris_N2F_User.csv", "line").
                ("data_issues", "source_name", "TEXT"), ("data_issues", "source_unit", "TEXT"),
            ]);
            // The failed-key queue is keyed per target: the primary key changes, so the table is rebuilt.
            transaction.Execute("""
                CREATE TABLE failed_keys_v2 (
                    target TEXT NOT NULL, scope TEXT NOT NULL, company TEXT NOT NULL, key TEXT NOT NULL, action TEXT NOT NULL,
                    payload_hash TEXT, status INTEGER, message TEXT, rejected INTEGER NOT NULL, attempts INTEGER NOT NULL,
                    first_failed_at TEXT NOT NULL, last_failed_at TEXT NOT NULL, last_run_id TEXT NOT NULL,
                    PRIMARY KEY (target, scope, company, key))
                """);
            transaction.Execute("""
                INSERT INTO failed_keys_v2 (target, scope, company, key, action, payload_hash, status, message, rejected,
                    attempts, first_failed_at, last_failed_at, last_run_id)
                SELECT '', scope, company, key, action, payload_hash, status, message, rejected, attempts, first_failed_at,
                    last_failed_at, last_run_id FROM failed_keys
                """);
            transaction.Execute("DROP TABLE failed_keys");
            transaction.Execute("ALTER TABLE failed_keys_v2 RENAME TO failed_keys");
            transaction.Execute("CREATE INDEX IF NOT EXISTS journal_target_state ON journal(target, state)");
            transaction.Execute("DROP INDEX IF EXISTS quota_calls_at");
            transaction.Execute("CREATE INDEX IF NOT EXISTS quota_calls_target_at ON quota_calls(target, kind, at)");
        });

    /// <summary>
    /// 3: every attempt to send a run's notification (webhook, mail), sent or not and why, so a notification that could
    /// not be sent is on record beside the run it was about (Get-N2fSyncRun's Notifications).
    /// </summary>
    public static readonly StoreMigration V3Notifications = new(3, "notifications sent about runs", transaction =>
    {
        transaction.Execute("""
            CREATE TABLE IF NOT EXISTS notifications (
                id INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL, channel TEXT NOT NULL, at TEXT NOT NULL,
                ok INTEGER NOT NULL, destination TEXT NOT NULL, reason TEXT NOT NULL, message TEXT NOT NULL)
            """);
        transaction.Execute("CREATE INDEX IF NOT EXISTS notifications_run ON notifications(run_id)");
    });

    /// <summary>
    /// 4: the changes the write gate refused, counted per run, so history, reports and alerts show refusals beside
    /// failures and held deletes (older runs read as 0: they did not count them).
    /// </summary>
    public static readonly StoreMigration V4RunRefused = new(4, "refused changes counted per run", transaction =>
        AddMissingColumns(transaction, [("runs", "refused", "INTEGER NOT NULL DEFAULT 0")]));

    private const string V1CreateTables = """
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
            blocking INTEGER NOT NULL, at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS data_issues_run ON data_issues(run_id);
        CREATE TABLE IF NOT EXISTS cache_lists (
            id INTEGER PRIMARY KEY AUTOINCREMENT, origin TEXT NOT NULL, path TEXT NOT NULL, scope TEXT NOT NULL,
            state TEXT NOT NULL, read_at TEXT NOT NULL, dirty INTEGER NOT NULL DEFAULT 0,
            items INTEGER NOT NULL DEFAULT 0, bytes INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX IF NOT EXISTS cache_lists_path ON cache_lists(origin, path);
        CREATE TABLE IF NOT EXISTS cache_items (
            list_id INTEGER NOT NULL, seq INTEGER NOT NULL, item_key TEXT, json TEXT NOT NULL, PRIMARY KEY (list_id, seq));
        CREATE INDEX IF NOT EXISTS cache_items_key ON cache_items(list_id, item_key)
        """;

    /// <summary>Adds the columns a table lacks; a table that does not exist yet is left to CREATE TABLE.</summary>
    private static void AddMissingColumns(StoreTransaction transaction,
        IEnumerable<(string Table, string Column, string Definition)> columns)
    {
        foreach (var table in columns.GroupBy(c => c.Table))
        {
            var existing = transaction.Query($"PRAGMA table_info({table.Key})", r =>
            {
                var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                while (r.Read()) names.Add(r.GetString(1));
                return names;
            });
            if (existing.Count == 0) continue;
            foreach (var (_, column, definition) in table.Where(c => !existing.Contains(c.Column)))
                transaction.Execute($"ALTER TABLE {table.Key} ADD COLUMN {column} {definition}");
        }
    }
}
