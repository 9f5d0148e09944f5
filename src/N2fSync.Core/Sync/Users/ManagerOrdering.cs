using N2fSync.Scopes;

namespace N2fSync.Sync.Users;

/// <summary>
/// Orders creates and updates so a manager exists in N2F before any user naming them (decisions.md §14). New users who
/// manage each other (a cycle) are created without their manager first, then updated once the manager exists.
/// </summary>
internal sealed class ManagerOrdering(UserPayloads payloads)
{
    public IEnumerable<N2fChange> Order(IReadOnlyList<PlannedUser> planned)
    {
        var created = new HashSet<string>(planned.Where(p => p.Action == ChangeAction.Create).Select(p => p.Key), StringComparer.Ordinal);
        string? DependencyOf(PlannedUser p) => p.Manager.Length > 0 && p.Manager != p.Key && created.Contains(p.Manager) ? p.Manager : null;

        var waiting = new Dictionary<string, List<PlannedUser>>(StringComparer.Ordinal);
        var ready = new SortedDictionary<int, PlannedUser>();
        var remaining = new Dictionary<string, PlannedUser>(StringComparer.Ordinal);
        var index = new Dictionary<PlannedUser, int>();
        for (var i = 0; i < planned.Count; i++)
        {
            var p = planned[i];
            index[p] = i;
            var dependency = DependencyOf(p);
            if (dependency is null) ready[i] = p;
            else
            {
                if (!waiting.TryGetValue(dependency, out var list)) waiting[dependency] = list = [];
                list.Add(p);
                remaining[p.Key + "\n" + i] = p;
            }
        }

        var result = new List<N2fChange>();
        var followUps = new List<N2fChange>();
        while (ready.Count > 0 || remaining.Count > 0)
        {
            if (ready.Count == 0)
            {
                // Only cycles are left: break the first one by creating its earliest user without a manager.
                var first = remaining.Values.OrderBy(p => index[p]).First();
                remaining.Remove(first.Key + "\n" + index[first]);
                result.Add(ToChange(first, ChangeAction.Create, WithoutManager(first), dependsOn: null,
                    reason: $"created without its manager {first.Manager}, who is created later; a follow-up update sets the manager."));
                followUps.Add(ToChange(first, ChangeAction.Update, first.Payload, dependsOn: first.Manager,
                    reason: $"sets manager {first.Manager} once both exist."));
                Release(first.Key);
                continue;
            }
            var next = ready.First();
            ready.Remove(next.Key);
            var p = next.Value;
            result.Add(ToChange(p, p.Action, p.Payload, DependencyOf(p), reason: null));
            if (p.Action == ChangeAction.Create) Release(p.Key);
        }
        result.AddRange(followUps);
        return result;

        void Release(string key)
        {
            if (!waiting.TryGetValue(key, out var dependents)) return;
            waiting.Remove(key);
            foreach (var d in dependents)
                if (remaining.Remove(d.Key + "\n" + index[d])) ready[index[d]] = d;
        }
    }

    private N2fPayload WithoutManager(PlannedUser p)
    {
        var r = p.Resolved;
        return payloads.Build(r.User, r.CompanyUuid, r.Role, r.Profile, managerOverride: "");
    }

    /// <summary>The change of one planned user (<paramref name="payload"/> null: the user's own payload).</summary>
    internal static N2fChange ToChange(PlannedUser p, ChangeAction action, N2fPayload? payload, string? dependsOn, string? reason) => new()
    {
        Scope = ScopeNames.Users,
        Action = action,
        Key = p.Key,
        Company = p.Resolved.Company.Code,
        CompanyId = p.Resolved.CompanyUuid,
        Payload = payload ?? p.Payload,
        Differences = p.Differences,
        RowNumber = p.Resolved.User.RowNumber,
        DependsOn = dependsOn,
        Reason = reason ?? (p.Resolved.MailOverride is { } renamed
            ? $"matched under the new address {renamed}, as renamed in N2F; Agresso still lists {p.Resolved.User.Key}"
            : p.Resolved.User.NewMail.Length > 0 && p.Resolved.User.NewMail != p.Key
                ? $"pending rename to {p.Resolved.User.NewMail}" : null),
        Issues = p.Resolved.User.Issues,
    };
}
