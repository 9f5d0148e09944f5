using N2fSync.N2f.Quota;
using N2fSync.Scopes;
using N2fSync.Sync.Apply;
using N2fSync.Sync.Gate;
using N2fSync.Sync.Ports;

namespace N2fSync.Sync.Run;

/// <summary>
/// One run of Sync-N2fScope, from the lock to the last journal row: for whole scopes (plan, gate, apply) or for
/// changes supplied from the pipeline (check against the current source and a fresh plan, gate, apply); every scope
/// is read and planned before the first write, so the confirmation, the estimate and the time budget see the whole
/// run. The cmdlet only binds parameters and hosts it (see <see cref="IRunHost"/>). No lock and no store writes under
/// -WhatIf, which sends nothing.
/// </summary>
public sealed class SyncRun : IDisposable
{
    private readonly RunContext _context;
    private readonly RunRequest _options;
    private readonly IRunHost _host;
    private readonly IRunLock? _lock;
    private readonly RunMetrics _metrics = new();
    private readonly RunRecorder _recorder;
    private readonly ChangeApplier _applier;
    private readonly IReadOnlyList<FailedKey> _failedKeys;
    private readonly WriteGate _gate;
    private readonly TimeBudget _budget;
    private readonly ScopeSettlement _settlement;
    private readonly EarlyUpdates _early;

    private SyncRun(RunContext context, RunRequest options, IRunHost host, SyncSummary summary, IRunLock? runLock,
        IReadOnlyList<JournalEntry> settled)
    {
        (_context, _options, _host, _lock) = (context, options, host, runLock);
        Summary = summary;
        Settled = settled;
        _recorder = new RunRecorder(context, summary, _metrics, host);
        _failedKeys = context.Storage.FailedKeys.All();
        _gate = new WriteGate(context.Target.Origin, context.Config.Safety, _failedKeys, options.AllowMassDelete);
        _applier = new ChangeApplier(context.Client, context.Log, context.Time, options.WhatIf ? null : context.Storage.Journal,
            options.WhatIf ? null : context.Storage.FailedKeys, summary.RunId, new FailureCeiling(context.Config.Safety));
        _budget = new TimeBudget(summary.StartedAt, options.MaxDuration, new QuotaSchedule(context.Config.Quotas), context.Time);
        // A lost answer is settled by reading N2F back at the end of its scope, not by a blind second write.
        if (!options.WhatIf) context.Client.ResendWritesOfUnknownOutcome = false;
        _settlement = new ScopeSettlement(context, summary, host, _recorder, _applier, _budget);
        var updatesUnasked = !options.WhatIf && options.Actions.Contains(ChangeAction.Update) && !_budget.IsSet
                             && !host.AsksBefore(ChangeAction.Update);
        _early = new EarlyUpdates(context, options, summary, _gate, _applier, _settlement, updatesUnasked);
    }

    public string RunId => Summary.RunId;
    public SyncSummary Summary { get; }

    /// <summary>Writes of earlier runs whose outcome never came back; this run's fresh diff settles them.</summary>
    public IReadOnlyList<JournalEntry> Settled { get; }

    /// <summary>The holder of a stale lock this run took over, if any.</summary>
    public string? TookOverFrom => _lock?.TookOverFrom;

    /// <summary>What pruning at the end of the run removed (null under -WhatIf or before the end).</summary>
    public PruneResult? Pruned { get; private set; }

    /// <summary>Starts a run; throws <see cref="RunInProgressException"/> when another run holds the store.</summary>
    public static SyncRun Start(RunContext context, RunRequest options, IRunHost host)
    {
        var summary = new SyncSummary
        {
            RunId = PlanStamp.NewId(),
            StartedAt = context.Time.GetUtcNow(),
            WhatIf = options.WhatIf,
            Target = context.Target.Origin,
            ConfigPath = options.ConfigPath,
        };
        IRunLock? runLock = null;
        IReadOnlyList<JournalEntry> settled = [];
        if (!options.WhatIf)
        {
            runLock = context.Storage.AcquireLock(summary.RunId, summary.StartedAt);
            try
            {
                settled = context.Storage.Journal.Unfinished(summary.RunId);
                if (settled.Count > 0)
                    context.Storage.Journal.SettleUnfinished(summary.RunId,
                        $"outcome unknown (run interrupted); checked against N2F by run {summary.RunId}", summary.StartedAt);
                context.Storage.Runs.Start(new RunStart(summary.RunId, summary.StartedAt, false, options.UserName, options.Host,
                    options.ProcessId, context.Target.Origin, options.ConfigPath));
            }
            catch
            {
                runLock.Dispose();
                throw;
            }
        }
        return new SyncRun(context, options, host, summary, runLock, settled);
    }

    /// <summary>Reads, plans and applies whole scopes (Sync-N2fScope -Scope), in the order given.</summary>
    public async Task RunScopesAsync(IReadOnlyList<ScopeDefinition> scopes, CancellationToken cancellationToken)
    {
        foreach (var scope in scopes) Summary.Scope(scope.Name);
        var preparation = Preparation(_early);
        var prepared = new List<PreparedScope>();
        foreach (var scope in scopes)
        {
            if (preparation.RunMustStop) break;
            using var timed = _metrics.Time(scope.Name);
            if (await preparation.PlanAsync(scope, cancellationToken).ConfigureAwait(false) is { } ready) prepared.Add(ready);
        }
        if (!preparation.RunMustStop) await ApplyAsync(prepared, cancellationToken).ConfigureAwait(false);
        // Updates sent while N2F was read whose answer was lost, when the run stopped before its writes.
        if (_settlement.Pending) await _settlement.SettleAsync(_ => null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies changes from the pipeline, a saved plan or hand-made objects: each scope checked, then gated, then applied.</summary>
    public async Task ApplySuppliedAsync(IReadOnlyList<SuppliedChange> changes, CancellationToken cancellationToken)
    {
        var byScope = new List<(ScopeDefinition Scope, List<SuppliedChange> Changes)>();
        foreach (var supplied in changes)
        {
            if (!_context.Scopes.TryGet(supplied.Change.Scope, out var scope))
            {
                var message = $"scope '{supplied.Change.Scope}' is not known to this configuration (known: {string.Join(", ", _context.Scopes.All.Select(s => s.Name))}).";
                _recorder.Record(_recorder.NotSent(supplied.Change, SyncOutcome.Refused, message), supplied.Change);
                var decision = new GateDecision(supplied.Change, supplied.Origin, GateVerdict.Refuse, GateRule.Malformed, message);
                _host.Report(new RunProblem(RunProblemKind.Refused, supplied.Change.Scope, message) { Change = supplied.Change, Decision = decision });
                continue;
            }
            var group = byScope.FirstOrDefault(g => g.Scope == scope);
            if (group.Changes is null) byScope.Add(group = (scope, []));
            group.Changes.Add(supplied);
        }
        foreach (var (scope, _) in byScope) Summary.Scope(scope.Name);
        var preparation = Preparation(null);
        var prepared = new List<PreparedScope>();
        foreach (var (scope, supplied) in byScope)
        {
            if (preparation.RunMustStop) break;
            using var timed = _metrics.Time(scope.Name);
            if (await preparation.CheckAsync(scope, supplied, cancellationToken).ConfigureAwait(false) is { } ready) prepared.Add(ready);
            else
                foreach (var s in supplied)
                    _recorder.Record(_recorder.NotSent(s.Change, SyncOutcome.Skipped,
                        $"not sent: {Summary.Scope(scope.Name).Reason ?? "the scope could not be checked"}"), s.Change);
        }
        if (!preparation.RunMustStop) await ApplyAsync(prepared, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The run ends early (Ctrl+C, a stopped job): recorded as stopped; the next run carries on.</summary>
    public void Stop(string reason)
    {
        Summary.StoppedBecause ??= reason;
        foreach (var scope in Summary.ScopeResults.Where(s => s.Status == ScopeStatus.Completed && s.PlannedWrites > 0))
            (scope.Status, scope.Reason) = (ScopeStatus.Stopped, reason);
    }

    /// <summary>Ends the run: counts, metrics and outcome recorded, old history pruned.</summary>
    public void Complete()
    {
        if (Summary.EndedAt is not null) return;
        var now = _context.Time.GetUtcNow();
        Summary.Complete(now);
        var stats = _context.Client.Stats;
        (Summary.ApiReads, Summary.ApiWrites, Summary.Retries, Summary.Throttled) = (stats.Reads, stats.Writes, stats.Retries, stats.Throttled);
        Summary.PacingNote = stats.PacingNote;
        Summary.Metrics = _metrics.Build(Summary.Duration, _context.Client, _context.Cache());
        Summary.Metrics.PacingNote = Summary.PacingNote;
        if (Summary.WhatIf) return;
        _context.Storage.Runs.Complete(Summary);
        Pruned = _context.Storage.Retention.Prune(now, _context.Config.Store.RetentionDays, _context.Config.Cache.MaxMegabytes);
    }

    /// <summary>Tells notify: how the run ended, once it is complete; never under -WhatIf. Never changes the outcome.</summary>
    public Task NotifyAsync(CancellationToken cancellationToken) =>
        Summary.WhatIf || Summary.EndedAt is null || _context.Notifier is null
            ? Task.CompletedTask
            : _context.Notifier.NotifyAsync(RunId, cancellationToken);

    private ScopePreparation Preparation(EarlyUpdates? early) => new(_context, _options, Summary, _host, _recorder, _gate, early);

    private Task ApplyAsync(IReadOnlyList<PreparedScope> prepared, CancellationToken cancellationToken) =>
        new WriteSequence(_context, _options, Summary, _host, _recorder, _applier, _budget, _failedKeys, _settlement, _early)
            .ApplyAsync(prepared, cancellationToken);

    public void Dispose() => _lock?.Dispose();
}
