using N2fSync.N2f;
using N2fSync.Store;
using N2fSync.Tests.Support;
using Xunit.Abstractions;

namespace N2fSync.Tests.Store;

/// <summary>The store stays small over years of nightly runs: old history and an oversized cache are pruned at the end of each run.</summary>
public sealed class RetentionTests(ITestOutputHelper output) : IDisposable
{
    private static readonly DateTimeOffset Today = new(2027, 6, 30, 2, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>One run a night for <paramref name="nights"/> nights up to today, each with its journal rows and data-quality rows.</summary>
    private static void SeedNights(SyncStore store, int nights, int changesPerNight, int issuesPerNight)
    {
        store.Database.InTransaction(transaction =>
        {
            for (var night = nights - 1; night >= 0; night--)
            {
                var at = StoreTime.Format(Today.AddDays(-night));
                var run = $"run-{night:0000}";
                transaction.Execute("INSERT INTO runs (id, started_at, ended_at, scopes, created, updated, outcome) VALUES ($id, $at, $at, 'users,projects', 2, $n, 'Success')",
                    ("$id", run), ("$at", at), ("$n", changesPerNight));
                for (var i = 0; i < changesPerNight; i++)
                    transaction.Execute(
                        """
                        INSERT INTO journal (run_id, scope, company, key, action, payload_hash, changed_fields, differences, row_number,
                            state, outcome, status, duration_ms, sent_at, done_at, sent)
                        VALUES ($run, 'users', 'BE01', $key, 'Update', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
                            'jobTitle, managerMail', $diff, $i, 'Done', 'Updated', 200, 84.5, $at, $at, 1)
                        """,
                        ("$run", run), ("$key", $"agent.{i:0000}@example.be"), ("$i", i), ("$at", at),
                        ("$diff", """[{"field":"jobTitle","n2f":"Comptable","agresso":"Comptable principale"},{"field":"managerMail","n2f":null,"agresso":"wim.verstraeten@example.be"}]"""));
                for (var i = 0; i < issuesPerNight; i++)
                    transaction.Execute(
                        "INSERT INTO data_issues (run_id, scope, row_number, key, field, kind, message, value, blocking, at) VALUES ($run, 'users', $i, $key, 'Fonction', 'TooLong', 'Fonction is 151 characters long; N2F takes at most 100.', 'Chargée de mission', 1, $at)",
                        ("$run", run), ("$i", i), ("$key", $"long.{i}@example.be"), ("$at", at));
            }
        });
    }

    private static long Count(SyncStore store, string table) => store.Database.Query($"SELECT COUNT(*) FROM {table}", r => r.Read() ? r.GetInt64(0) : 0);

    [Fact]
    public void Prune_AYearAndAHalfOfNightlyRuns_KeepsOnlyTheRetentionWindow()
    {
        using var store = SyncStore.Open(_folder.File("store.db"), Fixtures.Target);
        SeedNights(store, nights: 550, changesPerNight: 20, issuesPerNight: 3);

        // Pruning runs at the end of tonight's run, a little after it started.
        var pruned = store.Retention.Prune(Today.AddMinutes(20), retentionDays: 400, cacheMaxMegabytes: 100);

        Assert.Equal(150, pruned.Runs);
        Assert.Equal(400, Count(store, "runs"));
        Assert.Equal(400 * 20, Count(store, "journal"));
        Assert.Equal(400 * 3, Count(store, "data_issues"));
        Assert.All(store.History.Runs(new RunQuery()), r => Assert.True(r.StartedAt > Today.AddDays(-400)));
    }

    [Fact]
    public void Prune_ManyRowsGone_CompactsTheFile()
    {
        using var store = SyncStore.Open(_folder.File("store.db"), Fixtures.Target);
        SeedNights(store, nights: 365, changesPerNight: 100, issuesPerNight: 5);
        var before = store.Size().FileBytes;

        var pruned = store.Retention.Prune(Today, retentionDays: 30, cacheMaxMegabytes: 100);
        var after = store.Size().FileBytes;

        output.WriteLine($"a year of nightly runs (100 changes, 5 issues a night): {before / 1024.0 / 1024.0:0.0} MB; 30 days kept: {after / 1024.0 / 1024.0:0.0} MB");
        Assert.True(pruned.Vacuumed);
        Assert.True(after < before / 4, $"{after} bytes after, {before} before");
    }

    [Fact]
    public void Prune_FewRowsGone_DoesNotRewriteTheFile()
    {
        using var store = SyncStore.Open(_folder.File("store.db"), Fixtures.Target);
        SeedNights(store, nights: 402, changesPerNight: 5, issuesPerNight: 0);

        Assert.False(store.Retention.Prune(Today, retentionDays: 400, cacheMaxMegabytes: 100).Vacuumed);
    }

    [Fact]
    public void Prune_AYearOfNightlyRuns_StaysSmall()
    {
        using var store = SyncStore.Open(_folder.File("store.db"), Fixtures.Target);
        // A large customer's year: 100 changed rows and 5 data-quality issues every night, kept 400 days.
        SeedNights(store, nights: 400, changesPerNight: 100, issuesPerNight: 5);
        store.Retention.Prune(Today, retentionDays: 400, cacheMaxMegabytes: 100);

        var size = store.Size().FileBytes;

        output.WriteLine($"400 nights x 100 journal rows + 5 issues: {size / 1024.0 / 1024.0:0.0} MB");
        Assert.True(size < 40L * 1024 * 1024, $"{size} bytes");
    }

    [Fact]
    public void Prune_KeepsTheFailedKeyQueueAndUnfinishedWrites_WhateverTheirAge()
    {
        using var store = SyncStore.Open(_folder.File("store.db"), Fixtures.Target);
        var longAgo = Today.AddDays(-900);
        store.FailedKeys.RecordFailure("run-old", "users", "BE01", "marc.dupont@example.be", "Create", "h", 400, "culture", true, longAgo);
        store.Journal.Before("run-old", new N2fSync.Sync.N2fChange { Scope = "users", Key = "ann.peeters@example.be", Company = "BE01" }, "h", longAgo);

        store.Retention.Prune(Today, retentionDays: 400, cacheMaxMegabytes: 100);

        Assert.Single(store.FailedKeys.All());
        Assert.Single(store.Journal.Unfinished("run-now"));
    }

    [Fact]
    public void Prune_CacheAboveItsCap_DropsTheOldestListsFirst()
    {
        using var store = SyncStore.Open(_folder.File("store.db"), Fixtures.Target);
        var item = System.Text.Encoding.UTF8.GetBytes("{\"mail\":\"agent@example.be\",\"jobTitle\":\"" + new string('x', 2000) + "\"}");
        foreach (var (path, age) in new[] { ("users", 3), ("companies/c-1/axes/projects", 2), ("companies/c-2/axes/projects", 1) })
        {
            var id = store.Cache.BeginList("origin", new N2fList(path, true, "users", "mail"), Today.AddHours(-age));
            store.Cache.AddItems(id, Enumerable.Range(1, 400).Select(i => ((long)i, (string?)$"k{i}", item)).ToList());
            store.Cache.CompleteList(id, "origin", path);
        }

        var pruned = store.Retention.Prune(Today, retentionDays: 400, cacheMaxMegabytes: 1);

        Assert.Equal(2, pruned.CacheLists);
        Assert.NotNull(store.Cache.FreshList("origin", "companies/c-2/axes/projects", Today.AddDays(-1)));
        Assert.Null(store.Cache.FreshList("origin", "users", Today.AddDays(-1)));
    }

    [Fact]
    public void Prune_ListLeftHalfFilledByADeadProcess_IsDroppedAfterADay()
    {
        using var store = SyncStore.Open(_folder.File("store.db"), Fixtures.Target);
        var id = store.Cache.BeginList("origin", N2fList.Users, Today.AddDays(-2));
        store.Cache.AddItems(id, [(1, "ann.peeters@example.be", "{\"mail\":\"ann.peeters@example.be\"}"u8.ToArray())]);

        Assert.Equal(1, store.Retention.Prune(Today, retentionDays: 400, cacheMaxMegabytes: 100).CacheLists);
        Assert.Equal(0, Count(store, "cache_items"));
    }

    [Fact]
    public void ClearCache_ByScope_LeavesTheOtherScopes()
    {
        using var store = SyncStore.Open(_folder.File("store.db"), Fixtures.Target);
        foreach (var list in new[] { N2fList.Users, N2fList.Companies, N2fList.Roles })
        {
            var id = store.Cache.BeginList("origin", list, Today);
            store.Cache.CompleteList(id, "origin", list.Path);
        }

        Assert.Equal(1, store.ClearCache(["USERS"]));
        Assert.Equal(2, store.ClearCache([N2fList.ReferenceScope]));
        Assert.Equal(0, store.ClearCache());
    }
}
