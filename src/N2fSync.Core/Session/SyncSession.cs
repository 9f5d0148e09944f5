using N2fSync.Agresso.Normalization;
using N2fSync.Agresso.Quality;
using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.Diagnostics;
using N2fSync.N2f.Cache;
using N2fSync.N2f.Http;
using N2fSync.N2f.Quota;
using N2fSync.N2f;
using N2fSync.Scopes;
using N2fSync.Store;
using N2fSync.Sync.Apply;
using N2fSync.Sync.Axes;
using N2fSync.Sync.Gate;
using N2fSync.Sync.Run;
using N2fSync.Sync.Users;
using N2fSync.Sync;

namespace N2fSync.Session;

/// <summary>
/// Everything one cmdlet invocation needs, built from the config (the composition root: the only place that knows
/// both the sync and the store): the source, the N2F client and reader, the reference data read once, the planner,
/// the store of this configuration and target. No static state: a session lives as long as the invocation.
/// </summary>
public sealed partial class SyncSession : IDisposable, IScopeSource
{
    private readonly Lazy<N2fClient> _client;
    private readonly Lazy<SyncStore> _store;
    private readonly Lazy<IN2fListSource> _lists;
    private readonly Lazy<JsonLinesLog?> _jsonLog;
    private N2fDirectory? _directory;
    private AnalyticsRows? _analytics;
    private AxisLocator? _axes;
    private readonly HttpMessageHandler? _handler;

    public SyncSession(N2fSyncConfig config, ISyncLog? log = null, TimeProvider? time = null,
        HttpMessageHandler? handler = null)
    {
        _handler = handler;
        Config = config;
        Log = log ?? NullSyncLog.Instance;
        Time = time ?? TimeProvider.System;
        Scopes = new ScopeCatalog(config);
        Target = new N2fTarget(config.N2f.EffectiveBaseUrl, config.N2f.ClientId?.Trim() ?? "");
        SourceFactory = () => AgressoSourceFactory.Create(Config.Source);
        _store = new Lazy<SyncStore>(() => SyncStore.Open(SyncStore.DefaultPath(config), Target));
        _jsonLog = new Lazy<JsonLinesLog?>(() => config.Logging.Json is { Length: > 0 } path ? new JsonLinesLog(path) : null);
        _client = new Lazy<N2fClient>(CreateClient);
        _lists = new Lazy<IN2fListSource>(CreateLists);
    }

    /// <summary>How reads use the cache; the safe default plans against fresh reads (see docs/config.md, cache).</summary>
    public CacheMode CacheMode { get; set; } = CacheMode.Sync;

    /// <summary>The cache in front of N2F reads, once a read went through it; null when the cache is off.</summary>
    public CachedN2fListSource? Cache => _lists.IsValueCreated ? _lists.Value as CachedN2fListSource : null;

    /// <summary>The structured log (logging.json), or null when none is configured.</summary>
    public JsonLinesLog? JsonLog => _jsonLog.Value;

    /// <summary>The local store of this configuration and target (journal, failed keys, quota spend), opened on first use.</summary>
    public SyncStore Store => _store.Value;

    public N2fSyncConfig Config { get; }
    public ISyncLog Log { get; }
    public TimeProvider Time { get; }
    public ScopeCatalog Scopes { get; }

    /// <summary>The N2F account this configuration writes to: base URL and client id.</summary>
    public N2fTarget Target { get; }

    public N2fClient Client => _client.Value;
    public N2fReader Reader => new(_lists.Value);

    /// <summary>Where source rows come from; tests replace it to count or fake reads.</summary>
    internal Func<IAgressoSource> SourceFactory { get; set; }

    /// <summary>Axis ids per company, each company's axes read once per session.</summary>
    private AxisLocator Axes => _axes ??= new AxisLocator((company, ct) => Reader.ReadAxesAsync(company, ct), InvalidateAxes);

    /// <summary>Starts a run of Sync-N2fScope over this session: throws RunInProgressException when another run holds the store.</summary>
    public SyncRun StartRun(RunRequest options, IRunHost host) => SyncRun.Start(
        new RunContext(Config, Target, Client, this, Scopes, Store.ForRun(), Log, Time) { JsonLog = JsonLog, Cache = () => Cache, Notifier = Notifier },
        options with { ConfigPath = options.ConfigPath ?? Config.FilePath, MaxDuration = options.MaxDuration ?? Config.Run.MaxDuration }, host);

    /// <summary>
    /// The source rows of a scope, each marked with this read; the read is marked complete only when every row was
    /// handed out (a consumer that stops early leaves it incomplete).
    /// </summary>
    public IEnumerable<AgressoEntity> ReadSourceMarked(ScopeDefinition scope, CancellationToken cancellationToken)
    {
        var read = new SourceRead(scope.Name);
        foreach (var entity in ReadSource(scope, cancellationToken))
        {
            read.Count(entity);
            yield return entity;
        }
        read.Complete();
    }

    /// <summary>Streams the normalized source rows of a scope, rejected rows included (marked invalid).</summary>
    public IEnumerable<AgressoEntity> ReadSource(ScopeDefinition scope, CancellationToken cancellationToken) =>
        scope.Kind == ScopeKind.Users ? ReadUsers(scope, cancellationToken) : ReadAxisValues(scope, cancellationToken);

    private IEnumerable<AgressoEntity> ReadUsers(ScopeDefinition scope, CancellationToken cancellationToken)
    {
        var source = SourceFactory();
        var normalizer = new UserNormalizer(Config.Users);
        var lengths = new ValueLengthCheck(Config.DataQuality);
        var view = AgressoQueries.ForUsers(Config.Source.Users, Config.Users.ExtraFields);
        foreach (var row in source.ReadRows(view, cancellationToken))
        {
            var user = normalizer.Normalize(row);
            lengths.Check(user);
            yield return user;
        }
    }

    /// <summary>Axis scopes share the analytics view: it is read and normalized once per session, on first use.</summary>
    private IEnumerable<AgressoEntity> ReadAxisValues(ScopeDefinition scope, CancellationToken cancellationToken)
    {
        if (_analytics is null)
        {
            _analytics = AnalyticsRows.Read(SourceFactory(), AgressoQueries.ForAnalytics(Config.Source.Analytics), Scopes.All,
                Log, cancellationToken);
            var lengths = new ValueLengthCheck(Config.DataQuality);
            foreach (var axisScope in Scopes.All.Where(s => s.Kind == ScopeKind.AxisValues))
                foreach (var read in _analytics.Of(axisScope)) lengths.Check(read);
        }
        foreach (var value in _analytics.Of(scope))
            yield return value;
    }

    /// <summary>
    /// Builds an entity of the scope from any named values (an object from Import-Csv, a hashtable). Null for an
    /// analytics row that is not the scope's: another typ, or a status the scope excludes.
    /// </summary>
    public AgressoEntity? EntityFrom(ScopeDefinition scope, int rowNumber, Func<string, string?> read, Func<string, bool> has)
    {
        AgressoEntity entity;
        if (scope.Kind == ScopeKind.Users) entity = new UserNormalizer(Config.Users).Normalize(rowNumber, read, has);
        else
        {
            var type = AxisValueNormalizer.TypeOf(read, has);
            if (type.Length > 0 && type != scope.SourceType) return null;
            if (AnalyticsRows.IsExcluded(scope, AxisValueNormalizer.StatusOf(read, has))) return null;
            entity = AxisValueNormalizer.Normalize(scope.Name, rowNumber, read, has);
        }
        new ValueLengthCheck(Config.DataQuality).Check(entity);
        return entity;
    }

    /// <summary>Companies, roles and profiles, read once per session.</summary>
    public async Task<N2fDirectory> DirectoryAsync(CancellationToken cancellationToken) =>
        _directory ??= await Reader.ReadDirectoryAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Streams the N2F objects of a scope: every user, or the scope's values in every company that has its axis.</summary>
    public async Task ReadN2fAsync(ScopeDefinition scope, Action<object> onItem, CancellationToken cancellationToken)
    {
        var directory = await DirectoryAsync(cancellationToken).ConfigureAwait(false);
        if (scope.Kind == ScopeKind.Users)
        {
            await Reader.ReadUsersAsync(directory, onItem, cancellationToken).ConfigureAwait(false);
            return;
        }
        foreach (var company in directory.Companies.OrderBy(c => c.Code, StringComparer.OrdinalIgnoreCase))
        {
            var lookup = await Axes.FindAsync(scope, company, cancellationToken).ConfigureAwait(false);
            if (lookup.AxisId is null) Log.Warning($"{scope.Name}: {lookup.Problem}");
            else await Axes.ReadValuesAsync(scope, company, lookup.AxisId,
                (id, ct) => Reader.ReadAxisValuesAsync(scope.Name, company, id, onItem, ct), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads N2F and plans the scope against the given source entities; the plan's deletes are marked by the guard.</summary>
    public async Task<SyncPlan> PlanAsync(ScopeDefinition scope, IReadOnlyList<AgressoEntity> source, PlanOptions options,
        CancellationToken cancellationToken)
    {
        var directory = await DirectoryAsync(cancellationToken).ConfigureAwait(false);
        options = options.PriorityKeys is null ? options.WithPriority(PriorityKeys(scope)) : options;
        var readAt = Time.GetUtcNow();
        var inSource = new HashSet<string>(source.Select(e => e.Company.Trim()).Where(c => c.Length > 0), StringComparer.OrdinalIgnoreCase);
        if (scope.Kind == ScopeKind.Users)
        {
            // N2F's users are compared as they are read, not held: one side in memory, not two.
            var run = new UsersPlanner(Config, directory).Start(source.Cast<AgressoUser>().ToList());
            run.OnEarlyUpdate = options.EarlyUpdates;
            await Reader.ReadUsersAsync(directory, run.Add, cancellationToken).ConfigureAwait(false);
            var usersPlan = run.Finish(options);
            Log.Verbose($"users: {source.Count} source row(s), {usersPlan.N2fObjects} N2F user(s).");
            // Answered from the cache (Compare -UseCache), N2F was read when the cached list was.
            return DeleteGuard.Apply(usersPlan.ReadAt(Cache?.ReadAtOf(scope.Name) ?? readAt), Config.Safety, inSource);
        }

        var values = source.Cast<AgressoAxisValue>().ToList();
        // An empty source deletes nothing, so its N2F values need not be read (quota is precious).
        var managed = values.Count == 0 ? [] : CompanyAxisReader.Managed(values, Config.Companies, directory);
        var companies = await new CompanyAxisReader(Reader, Axes, Log).ReadAsync(scope, managed, cancellationToken).ConfigureAwait(false);
        Log.Verbose($"{scope.Name}: {values.Count} source row(s), {companies.Sum(c => c.Values.Count)} N2F value(s) in {companies.Count} company(ies).");
        var plan = new AxisPlanner(Config, scope, directory).Plan(values, companies, options);
        var byCompany = companies.GroupBy(c => c.Company.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Values.Count), StringComparer.OrdinalIgnoreCase);
        return DeleteGuard.Apply(new SyncPlan(plan.Scope, plan.Changes, plan.Issues, plan.Warnings, plan.SourceRows,
            plan.N2fObjects, byCompany) { N2fReadAt = Cache?.ReadAtOf(scope.Name) ?? readAt, Unchanged = plan.Unchanged }, Config.Safety, inSource);
    }

    /// <summary>
    /// Settles writes whose answer was lost: the lists read back are N2F's own, since a write of unknown outcome drops
    /// the cached copy of its list (and marks one being filled).
    /// </summary>
    public async Task<Settlement> SettleAsync(IReadOnlyList<N2fChange> unknown, SyncPlan? plan, CancellationToken cancellationToken)
    {
        var directory = await DirectoryAsync(cancellationToken).ConfigureAwait(false);
        return await new UnknownOutcomeSettler(Reader, directory, Config, SettlementCost.At(Config, Time.GetUtcNow()))
            .SettleAsync(unknown, plan, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Estimates the time left of a run from the write quota in force.</summary>
    public WriteEta Eta => new(new QuotaSchedule(Config.Quotas), Time);

    /// <summary>Keys of the failed-key queue of a scope: planned first.</summary>
    public ISet<string> PriorityKeys(ScopeDefinition scope) =>
        new HashSet<string>(Store.FailedKeys.All(scope.Name).Select(f => f.Key), StringComparer.OrdinalIgnoreCase);

    private QuotaGate CreateGate()
    {
        var gate = new QuotaGate(new QuotaSchedule(Config.Quotas), Time, Store.Quota);
        gate.SeedFromLedger();
        return gate;
    }

    private static N2fCredentials RequireCredentials(N2fOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ClientId) || Secret.IsNullOrEmpty(options.ClientSecret))
            throw new N2fCredentialsMissingException();
        return new N2fCredentials(options.ClientId!.Trim(), options.ClientSecret!);
    }

    public void Dispose()
    {
        _notifier?.Dispose();
        if (_client.IsValueCreated) _client.Value.Dispose();
        if (_jsonLog.IsValueCreated) _jsonLog.Value?.Dispose();
        if (_store.IsValueCreated) _store.Value.Dispose();
    }
}
