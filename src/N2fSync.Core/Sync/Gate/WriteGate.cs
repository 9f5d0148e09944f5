using N2fSync.Config;
using N2fSync.Scopes;
using N2fSync.Sync.Ports;

namespace N2fSync.Sync.Gate;

/// <summary>
/// The one gate every change passes before it is sent, whatever its origin: planned by the run, piped from
/// Compare-N2fPayload, read back from a saved plan, or made by hand. It checks the change against what the run itself
/// read (the current source, and for deletes a fresh plan against N2F), never against what the change says about
/// itself: target, protected keys, managed companies, rejected rows, payloads N2F already refused, deletes the source
/// and N2F call for, users who still have reports, and the delete guard. See docs/decisions.md (the write gate).
/// </summary>
public sealed class WriteGate(string target, SafetyOptions safety, IReadOnlyList<FailedKey> failedKeys, bool allowMassDelete)
{
    private readonly HashSet<string> _protected = new(safety.ProtectedKeys.Select(k => k.Trim()), StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, FailedKey> _refused = failedKeys.Where(f => f.Rejected)
        .GroupBy(f => f.Scope + "|" + f.Company + "|" + f.Key, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Decides for every change of one scope at once (the guard counts the deletes of each company together).</summary>
    public IReadOnlyList<GateDecision> Evaluate(IReadOnlyList<(N2fChange Change, ChangeOrigin Origin)> changes, ScopeTruth truth)
    {
        var decisions = changes.Select(c => Decide(c.Change, c.Origin, truth)).ToList();
        // The guard reads what the current source implies (every delete a fresh plan calls for), not only what was
        // handed in or what other rules let through: a truncated source is recognised whatever part of it is applied.
        var breaches = DeleteGuard.Evaluate(truth.Scope.Name, truth.PlannedDeletes, truth.N2fObjectsByCompany, safety,
                truth.CompaniesInSource)
            .ToDictionary(b => b.Company, StringComparer.OrdinalIgnoreCase);
        if (breaches.Count == 0) return decisions;
        for (var i = 0; i < decisions.Count; i++)
        {
            var d = decisions[i];
            if (d.Verdict != GateVerdict.Send || d.Change.Action != ChangeAction.Delete
                || !breaches.TryGetValue(d.Change.Company, out var breach)) continue;
            // A reviewed plan is the review the guard asks for; -AllowMassDelete says the same for this run.
            if (allowMassDelete || d.Origin == ChangeOrigin.Reviewed) continue;
            decisions[i] = d with { Verdict = GateVerdict.Hold, Rule = GateRule.DeleteGuard, Reason = $"held by the delete guard: {breach.Reason}" };
        }
        return decisions;
    }

    private GateDecision Decide(N2fChange change, ChangeOrigin origin, ScopeTruth truth)
    {
        GateDecision Refuse(GateRule rule, string reason) => new(change, origin, GateVerdict.Refuse, rule, reason);
        if (change.Action is ChangeAction.None or ChangeAction.Skip) return new(change, origin, GateVerdict.NotAWrite, GateRule.None, null);
        if (change.N2fTarget.Length > 0 && !string.Equals(change.N2fTarget.Trim(), target.Trim(), StringComparison.OrdinalIgnoreCase))
            return Refuse(GateRule.OtherTarget,
                $"planned for another N2F target ({change.N2fTarget}) than this configuration's ({target}); compute the plan again against this one.");
        if (change.Key.Trim().Length == 0)
            return Refuse(GateRule.Malformed, "the change names no key.");
        if (_protected.Contains(change.Key.Trim()))
            return Refuse(GateRule.ProtectedKey, $"{change.Key} is listed in safety.protectedKeys: never written by N2fSync.");
        if (!truth.IsManaged(change.Company))
            return Refuse(GateRule.UnmanagedCompany,
                $"company '{change.Company}' is not managed: it has no row in the current source and is not in the configuration's companies.");
        if (change.Action == ChangeAction.Delete) return DecideDelete(change, origin, truth);
        if (truth.RejectedRow(change) is { } row)
            return Refuse(GateRule.RejectedRow, $"the current source rejects this key (row {row}): its N2F object is left as it is until the row is fixed.");
        if (change.Payload is null)
            return Refuse(GateRule.Malformed, $"{(change.Action == ChangeAction.Update ? "an" : "a")} {change.Action} change carries no payload.");
        if (_refused.TryGetValue(change.Scope + "|" + change.Company + "|" + change.Key, out var known)
            && known.PayloadHash == change.Payload.Hash() && known.Action == change.Action.ToString())
            return Refuse(GateRule.RefusedPayload,
                $"not sent again: N2F refused this same payload in run {known.LastRunId} ({known.Message}); fix the Agresso data.")
                with { StatusCode = known.StatusCode };
        if (truth.Scope.Kind == ScopeKind.AxisValues && (change.CompanyId.Length == 0 || string.IsNullOrEmpty(change.AxisId)))
            return Refuse(GateRule.Malformed, "the change names no N2F company or axis id.");
        return new(change, origin, GateVerdict.Send, GateRule.None, null);
    }

    private static GateDecision DecideDelete(N2fChange change, ChangeOrigin origin, ScopeTruth truth)
    {
        GateDecision Refuse(GateRule rule, string reason) => new(change, origin, GateVerdict.Refuse, rule, reason);
        if (truth.InSource(change))
            return Refuse(GateRule.KeyInSource, $"{change.Key} is in the current source: it is not deleted.");
        if (!truth.DeletesVerified)
            return Refuse(GateRule.DeleteNotPlanned, "the delete could not be checked against a fresh plan of the scope.");
        if (truth.PlannedDelete(change) is not { } planned)
            return Refuse(GateRule.DeleteNotPlanned,
                "the current source and a fresh read of N2F do not call for this delete (already gone from N2F, protected, or kept for another reason).");
        // Held, not refused: nothing is wrong with the change, the source has yet to name the reports' new manager.
        // Neither -AllowMassDelete nor a reviewed plan releases it: the reports would point at nobody.
        if (planned.StillManages.Count > 0)
            return new(change, origin, GateVerdict.Hold, GateRule.ManagesStayingUsers,
                $"held: still manages {string.Join(", ", planned.StillManages)}; deleted once the source names their new manager.");
        // The fresh plan knows the ids the write path needs and what the delete must wait for.
        var completed = change with
        {
            CompanyId = planned.CompanyId, AxisId = planned.AxisId, WaitsFor = planned.WaitsFor,
            Reason = change.Reason ?? planned.Reason,
        };
        return new(completed, origin, GateVerdict.Send, GateRule.None, null);
    }
}
