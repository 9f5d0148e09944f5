using N2fSync.Agresso;
using N2fSync.Agresso.Normalization;
using N2fSync.Config;
using N2fSync.Diagnostics;
using N2fSync.N2f;
using N2fSync.N2f.Http;
using N2fSync.N2f.Quota;
using N2fSync.Scopes;
using N2fSync.Store;
using N2fSync.Sync.Apply;
using N2fSync.Sync.Users;

namespace N2fSync.Sync;

/// <summary>
/// Everything one cmdlet invocation needs, built from the config: the source, the N2F client and reader, the
/// reference data read once, the planner. No static state: a session lives as long as the invocation.
/// </summary>
public sealed class SyncSession : IDisposable
{
    private readonly Lazy<N2fClient> _client;
    private readonly Lazy<SyncStore> _store;
    private N2fDirectory? _directory;

    public SyncSession(N2fSyncConfig config, ISyncLog? log = null, TimeProvider? time = null,
        HttpMessageHandler? handler = null)
    {
        Config = config;
        Log = log ?? NullSyncLog.Instance;
        Time = time ?? TimeProvider.System;
        Scopes = new ScopeCatalog(config);
        _store = new Lazy<SyncStore>(() => SyncStore.Open(SyncStore.DefaultPath(config)));
        _client = new Lazy<N2fClient>(() => new N2fClient(config.N2f, RequireCredentials(config.N2f), CreateGate(), Log, Time, handler));
    }

    /// <summary>The local store of this configuration (journal, failed keys, quota spend), opened on first use.</summary>
    public SyncStore Store => _store.Value;

    public N2fSyncConfig Config { get; }
    public ISyncLog Log { get; }
    public TimeProvider Time { get; }
    public ScopeCatalog Scopes { get; }
    public N2fClient Client => _client.Value;
    public N2fReader Reader => new(Client, Config.N2f.PageSize);

    /// <summary>Streams the normalized source rows of a scope, rejected rows included (marked invalid).</summary>
    public IEnumerable<AgressoEntity> ReadSource(ScopeDefinition scope, CancellationToken cancellationToken)
    {
        if (scope.Kind != ScopeKind.Users)
            throw new NotSupportedException($"Scope '{scope.Name}' is not supported yet.");
        var source = AgressoSourceFactory.Create(Config.Source);
        var normalizer = new UserNormalizer(Config.Users);
        var view = AgressoQueries.ForUsers(Config.Source.Users);
        var reporter = source as IRowIssueReporter;
        var seen = 0;
        foreach (var row in source.ReadRows(view, cancellationToken))
        {
            var user = normalizer.Normalize(row);
            // A CSV line with the wrong number of fields may have its values shifted: never trust it.
            var problems = reporter?.RowIssues ?? [];
            for (; seen < problems.Count; seen++)
            {
                var problem = problems[seen];
                if (problem.RowNumber == row.RowNumber)
                    user.AddIssue(new DataIssue(scope.Name, row.RowNumber, user.Key.Length == 0 ? null : user.Key,
                        $"line {problem.LineNumber}", DataIssueKind.UnreadableRow, problem.Message));
            }
            yield return user;
        }
    }

    /// <summary>Builds an entity of the scope from any named values (an object from Import-Csv, a hashtable).</summary>
    public AgressoEntity EntityFrom(ScopeDefinition scope, int rowNumber, Func<string, string?> read, Func<string, bool> has)
    {
        if (scope.Kind != ScopeKind.Users)
            throw new NotSupportedException($"Scope '{scope.Name}' is not supported yet.");
        return new UserNormalizer(Config.Users).Normalize(rowNumber, read, has);
    }

    /// <summary>Companies, roles and profiles, read once per session (domain 7).</summary>
    public async Task<N2fDirectory> DirectoryAsync(CancellationToken cancellationToken) =>
        _directory ??= await Reader.ReadDirectoryAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Streams the N2F objects of a scope.</summary>
    public async Task ReadN2fAsync(ScopeDefinition scope, Action<object> onItem, CancellationToken cancellationToken)
    {
        if (scope.Kind != ScopeKind.Users)
            throw new NotSupportedException($"Scope '{scope.Name}' is not supported yet.");
        var directory = await DirectoryAsync(cancellationToken).ConfigureAwait(false);
        await Reader.ReadUsersAsync(directory, onItem, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads N2F and plans the scope against the given source entities.</summary>
    public async Task<SyncPlan> PlanAsync(ScopeDefinition scope, IReadOnlyList<AgressoEntity> source, PlanOptions options,
        CancellationToken cancellationToken)
    {
        if (scope.Kind != ScopeKind.Users)
            throw new NotSupportedException($"Scope '{scope.Name}' is not supported yet.");
        var directory = await DirectoryAsync(cancellationToken).ConfigureAwait(false);
        var n2fUsers = new List<N2fUser>();
        await Reader.ReadUsersAsync(directory, n2fUsers.Add, cancellationToken).ConfigureAwait(false);
        Log.Verbose($"users: {source.Count} source row(s), {n2fUsers.Count} N2F user(s).");
        options = options.PriorityKeys is null ? options.WithPriority(PriorityKeys(scope)) : options;
        var plan = new UsersPlanner(Config, directory).Plan(source.Cast<AgressoUser>().ToList(), n2fUsers, options);
        return DeleteGuard.Apply(plan, Config.Safety);
    }

    /// <summary>The applier of one run: journaled in the store, stopped by the failure ceiling.</summary>
    public ChangeApplier CreateApplier(string runId) =>
        new(Client, Log, Time, Store, runId, new FailureCeiling(Config.Safety));

    /// <summary>Keys of the failed-key queue of a scope: planned first (decisions 14).</summary>
    public ISet<string> PriorityKeys(ScopeDefinition scope) =>
        new HashSet<string>(Store.FailedKeys(scope.Name).Select(f => f.Key), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Writes an earlier run left without an outcome (killed mid-call) are settled by this run's fresh diff: an
    /// upsert that landed shows no difference any more, one that did not is planned again (decisions 16).
    /// </summary>
    public IReadOnlyList<JournalEntry> SettleUnfinishedWrites(string runId)
    {
        var unfinished = Store.UnfinishedWrites(runId);
        if (unfinished.Count > 0)
            Store.SettleUnfinished(runId, $"outcome unknown (run interrupted); checked against N2F by run {runId}", Time.GetUtcNow());
        return unfinished;
    }

    private QuotaGate CreateGate()
    {
        var gate = new QuotaGate(new QuotaSchedule(Config.Quotas), Time, Store);
        gate.SeedFromLedger();
        return gate;
    }

    private static N2fCredentials RequireCredentials(N2fOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ClientId) || string.IsNullOrEmpty(options.ClientSecret))
            throw new N2fCredentialsMissingException();
        return new N2fCredentials(options.ClientId!.Trim(), options.ClientSecret!);
    }

    public void Dispose()
    {
        if (_client.IsValueCreated) _client.Value.Dispose();
        if (_store.IsValueCreated) _store.Value.Dispose();
    }
}
