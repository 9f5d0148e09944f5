using System.Diagnostics;
using N2fSync.Config;
using N2fSync.Diagnostics;
using N2fSync.Health.Checks;
using N2fSync.Scopes;
using N2fSync.Session;
using N2fSync.Sync;

namespace N2fSync.Health;

/// <summary>
/// Checks one configuration end to end before a first run (Test-N2fConnection): the config, the store and its lock,
/// the quota left, the source views, N2F (reachable, a token, the reference lists, the axes of each managed company)
/// and the clock. Reads only, a handful of N2F calls; one result per check, in that order. A check whose
/// prerequisite failed is reported as not checked (Fail), never skipped silently.
/// </summary>
public sealed class ConnectionTest(ConfigValidationResult validation, IEnumerable<string>? scopes = null, ISyncLog? log = null,
    TimeProvider? time = null, HttpMessageHandler? handler = null) : IDisposable
{
    // A check answers in seconds: one retry and half a minute per call at most (a run keeps the configured values).
    private const int MaxRetries = 1;
    private const int MaxTimeoutSeconds = 30;
    private readonly IReadOnlyList<string> _scopeNames = scopes?.ToList() is { Count: > 0 } named ? named : [ScopeNames.All];
    private SyncSession? _session;

    public async Task RunAsync(Action<ConnectionCheck> onResult, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var verdict = ConfigCheck.Evaluate(validation, _scopeNames, out var checkedScopes);
        onResult(Result(ConfigCheck.Name, verdict, watch.Elapsed));
        if (checkedScopes is null)
        {
            foreach (var check in Checks(new ScopeCatalog(new N2fSyncConfig()).All))
                onResult(Result(check.Name, CheckVerdict.NotChecked("the configuration is not valid (see Config)."), TimeSpan.Zero));
            return;
        }

        var config = validation.Config!;
        config.N2f.RetryCount = Math.Min(config.N2f.RetryCount, MaxRetries);
        config.N2f.TimeoutSeconds = Math.Min(config.N2f.TimeoutSeconds, MaxTimeoutSeconds);
        // Fresh reads: the point is to hear N2F now, not the cache.
        _session = new SyncSession(config, log, time, handler) { CacheMode = CacheMode.Fresh };
        var context = new ConnectionTestContext(config, checkedScopes, _session);
        foreach (var check in Checks(checkedScopes))
        {
            cancellationToken.ThrowIfCancellationRequested();
            watch.Restart();
            try
            {
                verdict = await check.RunAsync(context, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A diagnostic command reports what it could not check; it does not end on the first surprise.
                verdict = CheckVerdict.Fail(e.Message);
            }
            onResult(Result(check.Name, verdict, watch.Elapsed));
        }
    }

    /// <summary>The checks for these scopes, in order: local ones first (the quota before this test spends any), then the source, then N2F.</summary>
    private static IEnumerable<IConnectionCheck> Checks(IReadOnlyList<ScopeDefinition> scopes)
    {
        yield return new StoreCheck();
        yield return new RunLockCheck();
        yield return new QuotaHeadroomCheck();
        if (scopes.Any(s => s.Kind == ScopeKind.Users)) yield return new SourceUsersCheck();
        if (scopes.Any(s => s.Kind == ScopeKind.AxisValues)) yield return new SourceAnalyticsCheck();
        yield return new N2fReachableCheck();
        yield return new N2fAuthenticationCheck();
        yield return new N2fReferenceListsCheck();
        if (scopes.Any(s => s.Kind == ScopeKind.AxisValues && !s.HasFixedAxisId)) yield return new N2fAxesCheck();
        yield return new ClockOffsetCheck();
    }

    private static ConnectionCheck Result(string name, CheckVerdict verdict, TimeSpan elapsed) =>
        new(name, verdict.Status, verdict.Detail, verdict.Duration ?? elapsed);

    public void Dispose() => _session?.Dispose();
}
