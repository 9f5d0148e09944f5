using N2fSync.Config;
using N2fSync.N2f;
using N2fSync.Scopes;
using N2fSync.Sync.Axes;
using N2fSync.Sync.Users;

namespace N2fSync.Sync.Apply;

/// <summary>
/// Settles the writes of a scope whose answer was lost (<see cref="SyncOutcome.Unknown"/>) the cheapest way the
/// quotas allow: each list concerned (the users, or the values of one company's axis) is read back from N2F once, and
/// a write whose object N2F now holds as sent, by the planner's own comparison rules, is final without a write; a
/// deleted key that is absent is deleted. Anything else is sent again. When the list is longer than a window of reads
/// and re-sending its few writes costs less quota than reading it, they are marked to resend without reading (see
/// <see cref="SettlementCost"/>).
/// The reader must read N2F itself, not a cached copy: the session's does, since a write of unknown outcome drops the
/// cached list it belongs to.
/// </summary>
public sealed class UnknownOutcomeSettler(N2fReader reader, N2fDirectory directory, N2fSyncConfig config, SettlementCost cost)
{
    private readonly UserPayloads _users = new(config.Users, config.N2f.Sandbox, directory);

    /// <summary>
    /// Settles <paramref name="unknown"/> (writes sent whose answer was lost; creates, updates and deletes of any
    /// scope), reading each list at most once. <paramref name="plan"/>, when given, tells how large the lists are, to
    /// weigh reading them against sending again; without it every list concerned is read back.
    /// </summary>
    public async Task<Settlement> SettleAsync(IReadOnlyList<N2fChange> unknown, SyncPlan? plan, CancellationToken cancellationToken)
    {
        foreach (var change in unknown)
            if (change.Action is not (ChangeAction.Create or ChangeAction.Update or ChangeAction.Delete))
                throw new ArgumentException($"{change}: only a create, update or delete can have an unknown outcome.", nameof(unknown));

        var settled = new Dictionary<N2fChange, SettledChange>();
        var listsRead = 0;
        foreach (var group in unknown.GroupBy(ListOf))
        {
            var changes = group.ToList();
            var items = ListItems(changes[0], plan);
            if (!cost.ReadBack(items, changes.Count))
            {
                var reason = $"sending {changes.Count} write(s) again costs less quota than reading {cost.Pages(items ?? 0)} page(s) back";
                foreach (var change in changes) settled[change] = new SettledChange(change, SettledOutcome.Resend, reason);
                continue;
            }
            listsRead++;
            var found = await ReadBackAsync(changes[0], new HashSet<string>(changes.Select(c => c.Key), StringComparer.Ordinal),
                cancellationToken).ConfigureAwait(false);
            foreach (var change in changes) settled[change] = Decide(change, found.TryGetValue(change.Key, out var n2f) ? n2f : null);
        }
        return new Settlement(unknown.Select(c => settled[c]).ToList(), listsRead);
    }

    /// <summary>Landed or not, by what N2F holds under the change's key (null: absent).</summary>
    private SettledChange Decide(N2fChange change, object? n2f)
    {
        if (change.Action == ChangeAction.Delete)
            return n2f is null
                ? new SettledChange(change, SettledOutcome.Landed, "read back: N2F no longer holds it")
                : new SettledChange(change, SettledOutcome.NotLanded, "read back: N2F still holds it");
        if (n2f is null)
            return new SettledChange(change, SettledOutcome.NotLanded, "read back: N2F does not hold it");
        var payload = change.Payload ?? throw new InvalidOperationException($"{change.Target}: a {change.Action} change carries no payload.");
        var differences = n2f is N2fUser user ? _users.Compare(payload, user) : AxisPayloads.Compare(payload, (N2fAxisValue)n2f);
        return differences is not { Count: > 0 }
            ? new SettledChange(change, SettledOutcome.Landed, "read back: N2F holds what was sent")
            : new SettledChange(change, SettledOutcome.NotLanded,
                $"read back: N2F differs on {string.Join(", ", differences.Select(d => d.Field))}");
    }

    /// <summary>The N2F objects of the changes' list whose keys are asked, read once; the rest are let go as read.</summary>
    private async Task<Dictionary<string, object>> ReadBackAsync(N2fChange sample, HashSet<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, object>(StringComparer.Ordinal);
        if (sample.Scope == ScopeNames.Users)
        {
            await reader.ReadUsersAsync(directory, user => { if (keys.Contains(user.Key)) found[user.Key] = user; }, cancellationToken)
                .ConfigureAwait(false);
            return found;
        }
        if (!directory.TryGetCompanyByUuid(sample.CompanyId, out var company))
            throw new InvalidOperationException($"{sample.Target}: company {sample.CompanyId} is unknown to N2F.");
        await reader.ReadAxisValuesAsync(sample.Scope, company, sample.AxisId!, value =>
        {
            if (keys.Contains(value.Code)) found[value.Code] = value;
        }, cancellationToken).ConfigureAwait(false);
        return found;
    }

    /// <summary>The list a change writes to: the users, or one company's values of one axis.</summary>
    private static string ListOf(N2fChange change) =>
        change.Scope == ScopeNames.Users ? ScopeNames.Users : $"{change.Scope}|{change.CompanyId}|{change.AxisId}";

    /// <summary>How many objects the change's list held when planned, when the plan says.</summary>
    private static int? ListItems(N2fChange change, SyncPlan? plan)
    {
        if (plan is null || !string.Equals(plan.Scope, change.Scope, StringComparison.OrdinalIgnoreCase)) return null;
        if (change.Scope == ScopeNames.Users) return plan.N2fObjects;
        return plan.N2fObjectsByCompany.TryGetValue(change.Company, out var items) ? items : null;
    }
}
