using N2fSync.Agresso;
using N2fSync.N2f;
using N2fSync.Scopes;
using N2fSync.Sync.Apply;
using N2fSync.Sync.Gate;

namespace N2fSync.Sync.Run;

/// <summary>One scope ready to apply: every change with the gate's decision, in the order to apply them.</summary>
internal sealed class PreparedScope(ScopeDefinition scope, IReadOnlyList<GateDecision> decisions, SyncPlan? plan)
{
    public ScopeDefinition Scope { get; } = scope;
    public IReadOnlyList<GateDecision> Decisions { get; } = decisions;

    /// <summary>The fresh plan the decisions come from (null for supplied changes checked without one).</summary>
    public SyncPlan? Plan { get; } = plan;
}

/// <summary>
/// Brings a scope to the gate: reads its source (whole, or the scope fails), plans it against a fresh read of N2F (or,
/// for changes supplied from outside, builds the yardstick they are checked against), and asks the gate. Failures are
/// classified here: a source that cannot be read fails the scope; N2F refusing the credentials or being unreachable
/// fails the run.
/// </summary>
internal sealed class ScopePreparation(RunContext context, RunRequest options, SyncSummary summary, IRunHost host,
    RunRecorder recorder, WriteGate gate, EarlyUpdates? early = null)
{
    /// <summary>Set when N2F refused the credentials or could not be reached: nothing more can be read or written.</summary>
    public bool RunMustStop { get; private set; }

    public async Task<PreparedScope?> PlanAsync(ScopeDefinition scope, CancellationToken cancellationToken)
    {
        recorder.WholeScope(scope.Name);
        var source = ReadSource(scope, cancellationToken, report: true);
        if (source is null) return null;
        if (source.Count == 0 && scope.Kind == ScopeKind.Users)
            host.Report(new RunProblem(RunProblemKind.EmptySource, scope.Name,
                "The users source returned no rows: nothing is deleted (an empty source never means 'delete everyone')."));
        SyncPlan? plan;
        try
        {
            plan = await TryPlanAsync(scope, source, early?.Start(scope, source, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (early is not null) await early.StopAsync().ConfigureAwait(false);
        }
        if (plan is null) return null;
        ReportPlanIssues(scope, source, plan);
        recorder.RecordSource(scope.Name, source);
        summary.AddUnchanged(plan.Unchanged);
        var stamp = new PlanStamp(summary.RunId, context.Time.GetUtcNow(), context.Target.Origin, options.ConfigPath ?? "", plan.N2fReadAt);
        var truth = ScopeTruth.From(scope, source, context.Config.Companies, plan);
        var decisions = gate.Evaluate(plan.Changes.Select(c => (c.WithStamp(stamp), ChangeOrigin.Planned)).ToList(), truth);
        if (!options.WhatIf)
            context.Storage.FailedKeys.ForgetExcept(scope.Name, new HashSet<(string, string)>(
                plan.Changes.Where(c => c.Action is not ChangeAction.None).Select(c => (c.Company, c.Key))));
        return new PreparedScope(scope, decisions, plan);
    }

    /// <summary>
    /// Changes from the pipeline, a saved plan or a hand-made object: checked against the current source, and their
    /// deletes against a fresh plan, never against what they say about themselves. Creates and updates keep their
    /// order; deletes come last.
    /// </summary>
    public async Task<PreparedScope?> CheckAsync(ScopeDefinition scope, IReadOnlyList<SuppliedChange> supplied,
        CancellationToken cancellationToken)
    {
        var source = ReadSource(scope, cancellationToken, report: false);
        if (source is null) return null;
        SyncPlan? plan = null;
        var deletesRequested = supplied.Any(s => s.Change.Action == ChangeAction.Delete) && options.Actions.Contains(ChangeAction.Delete);
        if (deletesRequested)
        {
            context.Log.Verbose($"{scope.Name}: deletes were supplied; planning the scope afresh to check each of them.");
            plan = await TryPlanAsync(scope, source, null, cancellationToken).ConfigureAwait(false);
            if (plan is null) return null;
        }
        var truth = ScopeTruth.From(scope, source, context.Config.Companies, plan);
        var checkedChanges = supplied.Where(s => s.Change.Action != ChangeAction.Delete || deletesRequested)
            .Select(s => (s.Change, s.Origin)).ToList();
        var decisions = gate.Evaluate(checkedChanges, truth).ToList();
        // Deletes nobody asked for are not checked: they are reported as not sent (no -Delete).
        decisions.AddRange(supplied.Where(s => s.Change.Action == ChangeAction.Delete && !deletesRequested)
            .Select(s => new GateDecision(s.Change, s.Origin, GateVerdict.Send, GateRule.None, "not checked: deletes were not requested")));
        return new PreparedScope(scope, decisions.Where(d => d.Change.Action != ChangeAction.Delete)
            .Concat(decisions.Where(d => d.Change.Action == ChangeAction.Delete)).ToList(), plan);
    }

    private IReadOnlyList<AgressoEntity>? ReadSource(ScopeDefinition scope, CancellationToken cancellationToken, bool report)
    {
        var rows = new List<AgressoEntity>();
        try
        {
            foreach (var entity in context.Source.ReadSource(scope, cancellationToken))
            {
                rows.Add(entity);
                if (report) ReportRowIssues(entity);
            }
            return rows;
        }
        catch (AgressoSourceException e)
        {
            Fail(scope, RunProblemKind.SourceFailed, $"the source could not be read: {e.Message}", e, stopsRun: false);
            return null;
        }
    }

    private async Task<SyncPlan?> TryPlanAsync(ScopeDefinition scope, IReadOnlyList<AgressoEntity> source, Action<N2fChange>? earlyUpdates,
        CancellationToken cancellationToken)
    {
        try
        {
            var priority = new HashSet<string>(context.Storage.FailedKeys.All(scope.Name).Select(f => f.Key), StringComparer.OrdinalIgnoreCase);
            return await context.Source.PlanAsync(scope, source, new PlanOptions { PriorityKeys = priority, EarlyUpdates = earlyUpdates },
                cancellationToken).ConfigureAwait(false);
        }
        catch (N2fApiException e) when (e.IsAuthentication)
        {
            Fail(scope, RunProblemKind.AuthenticationFailed, $"N2F refused the credentials: {e.N2fMessage}", e, stopsRun: true);
        }
        catch (N2fApiException e) when (e.IsUnreachable)
        {
            Fail(scope, RunProblemKind.N2fUnreachable, $"N2F could not be reached ({e.Method} {e.Path}): {e.N2fMessage}", e, stopsRun: true);
        }
        catch (N2fApiException e)
        {
            Fail(scope, RunProblemKind.N2fReadFailed, $"N2F could not be read ({e.Method} {e.Path} answered {e.StatusCode}): {e.N2fMessage}",
                e, stopsRun: false);
        }
        return null;
    }

    private void Fail(ScopeDefinition scope, RunProblemKind kind, string reason, Exception e, bool stopsRun)
    {
        var result = summary.Scope(scope.Name);
        result.Status = ScopeStatus.Failed;
        result.Reason = reason;
        summary.FailedBecause ??= $"{scope.Name}: {reason}";
        if (stopsRun) RunMustStop = true;
        host.Report(new RunProblem(kind, scope.Name, reason, e));
    }

    private void ReportRowIssues(AgressoEntity entity)
    {
        foreach (var issue in entity.Issues)
        {
            if (issue.IsBlocking) host.Report(new RunProblem(RunProblemKind.DataIssue, entity.Scope, issue.ToString()) { Issue = issue, Row = entity });
            else context.Log.Warning(issue.ToString());
        }
    }

    /// <summary>The issues only N2F reveals (unknown company, role, manager...), reported against their source row.</summary>
    private void ReportPlanIssues(ScopeDefinition scope, IReadOnlyList<AgressoEntity> source, SyncPlan plan)
    {
        if (plan.Issues.Count > 0)
        {
            var byRow = source.GroupBy(s => s.RowNumber).ToDictionary(g => g.Key, g => g.First());
            foreach (var issue in plan.Issues)
                host.Report(new RunProblem(RunProblemKind.DataIssue, scope.Name, issue.ToString())
                {
                    Issue = issue, Row = byRow.TryGetValue(issue.RowNumber, out var row) ? row : null,
                });
        }
        foreach (var warning in plan.Warnings) context.Log.Warning(warning);
    }
}
