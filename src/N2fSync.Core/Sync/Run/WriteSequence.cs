using N2fSync.Sync.Apply;
using N2fSync.Sync.Gate;
using N2fSync.Sync.Ports;

namespace N2fSync.Sync.Run;

/// <summary>
/// Applies prepared scopes: asks once per scope and action with the counts, then walks the changes in order, sending
/// what the gate, the -Action choice, the confirmation, -WhatIf, the failure ceiling and the time budget allow, and
/// giving every change exactly one result. Under a time budget too short for every write, the writes most worth
/// sending go first: retries of failed keys, creates (a new hire needs access today), updates, then deletes.
/// </summary>
internal sealed class WriteSequence(RunContext context, RunRequest options, SyncSummary summary, IRunHost host,
    RunRecorder recorder, ChangeApplier applier, TimeBudget budget, IReadOnlyList<FailedKey> failedKeys,
    ScopeSettlement settlement, EarlyUpdates? early)
{
    private readonly HashSet<string> _guardReported = new(StringComparer.OrdinalIgnoreCase);

    public async Task ApplyAsync(IReadOnlyList<PreparedScope> scopes, CancellationToken cancellationToken)
    {
        // Updates sent while N2F was read have their result already: they are neither asked about nor sent again.
        var sentEarly = scopes.ToDictionary(s => s, s => s.Decisions.Count(d => early?.SentEarly(d.Change) == true));
        var steps = scopes.SelectMany(s => s.Decisions.Where(d => early?.SentEarly(d.Change) != true)
            .Select(d => new Step(s, d, IsCandidate(d)))).ToList();
        var candidates = steps.Where(s => s.Candidate).ToList();
        summary.PlannedWrites += candidates.Count + sentEarly.Values.Sum();
        foreach (var scope in scopes)
            summary.Scope(scope.Scope.Name).PlannedWrites = candidates.Count(c => c.Scope == scope) + sentEarly[scope];
        Estimate(candidates.Count);
        var declined = Confirm(candidates);
        if (budget.IsSet && candidates.Count > budget.WritesThatFit()) steps = ByValue(steps);

        var stoppedScopes = new HashSet<PreparedScope>();
        PreparedScope? current = null;
        int done = 0, total = 0;
        for (var index = 0; index < steps.Count; index++)
        {
            var step = steps[index];
            if (step.Scope != current)
            {
                // The writes whose answer was lost are settled before the next scope begins.
                if (settlement.Pending) await settlement.SettleAsync(PlanOf(scopes), cancellationToken).ConfigureAwait(false);
                if (current is not null) host.Progress(new RunProgress(current.Scope.Name, done, total, null, Completed: true));
                (current, done, total) = (step.Scope, 0, candidates.Count(c => c.Scope == step.Scope));
                if (total > 0) host.Progress(new RunProgress(current.Scope.Name, 0, total, Eta(total), Completed: false));
            }
            if (!step.Candidate)
            {
                Withhold(step.Decision);
                continue;
            }
            var change = step.Decision.Change;
            if (summary.StoppedBecause is { } stopped)
            {
                stoppedScopes.Add(step.Scope);
                NotSend(change, SyncOutcome.Skipped, $"not sent: the run stopped ({stopped}); the next run carries on.");
                continue;
            }
            if (options.WhatIf)
            {
                summary.AddWhatIf();
                continue;
            }
            if (declined.Contains((step.Scope.Scope.Name, change.Action)))
            {
                NotSend(change, SyncOutcome.Skipped, "declined at the confirmation prompt.");
                continue;
            }
            if (!budget.AllowsAnotherWrite())
            {
                var left = steps.Skip(index).Count(s => s.Candidate);
                summary.StoppedBecause = $"time budget of {RunEstimate.Format(options.MaxDuration!.Value)} reached; {left} write(s) left for the next run";
                host.Report(new RunProblem(RunProblemKind.TimeBudget, step.Scope.Scope.Name, summary.StoppedBecause));
                stoppedScopes.Add(step.Scope);
                NotSend(change, SyncOutcome.Skipped, $"not sent: the run stopped ({summary.StoppedBecause}).");
                continue;
            }
            settlement.Take(change, await applier.ApplyAsync(change, cancellationToken).ConfigureAwait(false));
            done++;
            host.Progress(new RunProgress(step.Scope.Scope.Name, done, total, Eta(total - done), Completed: false));
        }
        if (settlement.Pending) await settlement.SettleAsync(PlanOf(scopes), cancellationToken).ConfigureAwait(false);
        if (current is not null) host.Progress(new RunProgress(current.Scope.Name, done, total, null, Completed: true));
        foreach (var scope in scopes)
        {
            var line = summary.Scope(scope.Scope.Name);
            if (line.Status is ScopeStatus.Failed) continue;
            (line.Status, line.Reason) = stoppedScopes.Contains(scope) ? (ScopeStatus.Stopped, summary.StoppedBecause) : (ScopeStatus.Completed, null);
        }
    }

    private static Func<string, SyncPlan?> PlanOf(IReadOnlyList<PreparedScope> scopes) => name =>
        scopes.FirstOrDefault(s => string.Equals(s.Scope.Name, name, StringComparison.OrdinalIgnoreCase))?.Plan;

    private bool IsCandidate(GateDecision decision) =>
        decision.Verdict == GateVerdict.Send && options.Actions.Contains(decision.Change.Action);

    /// <summary>Changes the run does not send: rejected rows, refusals, holds, actions not asked for. Each gets its result.</summary>
    private void Withhold(GateDecision decision)
    {
        var change = decision.Change;
        switch (decision.Verdict)
        {
            case GateVerdict.NotAWrite when change.Action == ChangeAction.None:
                NotSend(change, SyncOutcome.Unchanged, "N2F already agrees.", withhold: false);
                return;
            case GateVerdict.NotAWrite:
                NotSend(change, SyncOutcome.Skipped, change.Reason ?? "the source row is rejected.");
                return;
            case GateVerdict.Refuse when decision.Rule == GateRule.RefusedPayload:
                // N2F refusing this data is a failing row every run until the data changes, not a mere refusal.
                applier.MarkFailed(change);
                var failed = recorder.NotSent(change, SyncOutcome.Failed, decision.Reason ?? "", decision.StatusCode);
                recorder.Record(failed, change);
                host.Report(new RunProblem(RunProblemKind.WriteFailed, change.Scope, failed.Message ?? "") { Change = change, Result = failed });
                return;
            case GateVerdict.Refuse:
                NotSend(change, SyncOutcome.Refused, decision.Reason ?? "refused by the write gate.");
                host.Report(new RunProblem(RunProblemKind.Refused, change.Scope, $"{change.Action} {change.Target} refused: {decision.Reason}")
                    { Change = change, Decision = decision });
                return;
            case GateVerdict.Hold when decision.Rule != GateRule.DeleteGuard:
                NotSend(change, SyncOutcome.Held, decision.Reason ?? "held.");
                host.Report(new RunProblem(RunProblemKind.DeleteHeld, change.Scope, $"{change.Action} {change.Target} {decision.Reason}")
                    { Change = change, Decision = decision });
                return;
            case GateVerdict.Hold:
                NotSend(change, SyncOutcome.Held, decision.Reason ?? "held by the delete guard.");
                if (_guardReported.Add(change.Scope + "|" + change.Company))
                    host.Report(new RunProblem(RunProblemKind.DeleteGuard, change.Scope, decision.Reason ?? "") { Change = change, Decision = decision });
                return;
            default:
                var switchName = change.Action == ChangeAction.Delete ? "no -Delete" : $"-Action does not name {change.Action}";
                NotSend(change, SyncOutcome.Skipped, $"{change.Action} not sent ({switchName}).");
                return;
        }
    }

    private void NotSend(N2fChange change, SyncOutcome outcome, string message, bool withhold = true)
    {
        if (withhold) applier.MarkWithheld(change);
        recorder.Record(recorder.NotSent(change, outcome, message), change);
    }

    /// <summary>Asks once per scope and action; returns the groups declined.</summary>
    private HashSet<(string Scope, ChangeAction Action)> Confirm(List<Step> candidates)
    {
        var declined = new HashSet<(string, ChangeAction)>();
        // Scope by scope as they run; within one, creates, updates, deletes: the order an admin reads a plan in.
        foreach (var group in candidates.GroupBy(c => (c.Scope.Scope.Name, c.Decision.Change.Action))
                     .OrderBy(g => candidates.FindIndex(c => c.Scope.Scope.Name == g.Key.Name)).ThenBy(g => g.Key.Action))
            if (!host.Confirm(new ConfirmRequest(group.Key.Name, group.Key.Action, group.Count(), context.Target.ToString())))
                declined.Add(group.Key);
        return declined;
    }

    private void Estimate(int writes)
    {
        if (writes == 0) return;
        summary.Estimate = RunEstimate.Describe(writes, context.Config.Quotas);
        context.Log.Verbose($"Planned {summary.Estimate}.");
        if (budget.IsSet && writes > budget.WritesThatFit())
            context.Log.Warning($"{summary.Estimate}; the time budget of {RunEstimate.Format(options.MaxDuration!.Value)} fits about "
                                + $"{budget.WritesThatFit()}: the most valuable go first (retries, creates, updates, then deletes), "
                                + "the rest is left for the next run.");
    }

    private TimeSpan Eta(int remaining) =>
        new WriteEta(new N2f.Quota.QuotaSchedule(context.Config.Quotas), context.Time).Estimate(remaining);

    private List<Step> ByValue(List<Step> steps)
    {
        var retries = new HashSet<string>(failedKeys.Select(f => f.Scope + "|" + f.Key), StringComparer.OrdinalIgnoreCase);
        int Rank(Step s) => !s.Candidate ? -1
            : retries.Contains(s.Decision.Change.Scope + "|" + s.Decision.Change.Key) ? 0
            : s.Decision.Change.Action switch { ChangeAction.Create => 1, ChangeAction.Update => 2, _ => 3 };
        // A stable sort keeps the dependency order (managers before their reports) within each rank.
        return steps.Select((s, i) => (s, i)).OrderBy(p => Rank(p.s)).ThenBy(p => p.i).Select(p => p.s).ToList();
    }

    private sealed class Step(PreparedScope scope, GateDecision decision, bool candidate)
    {
        public PreparedScope Scope { get; } = scope;
        public GateDecision Decision { get; } = decision;
        public bool Candidate { get; } = candidate;
    }
}
