using N2fSync.N2f;
using N2fSync.Scopes;

namespace N2fSync.Sync.Users;

/// <summary>
/// Plans the users who left: every N2F user of the managed companies the source no longer has, except protected keys.
/// A user others who stay still point at as manager is not deleted in silence: deleting them would leave those users
/// pointing at nobody, and N2F would refuse every later write of theirs. Such a delete is held, naming the users, until
/// the source names their new manager; a delete whose reports move to a new manager in the same run waits for those
/// updates.
/// </summary>
internal sealed class UserDeletes(UsersPlanContext context)
{
    // Only managers outside the source can be deleted: reports of the others need not be kept.
    private readonly Dictionary<string, List<string>> _n2fReports = new(StringComparer.Ordinal);

    /// <summary>One N2F user, as read.</summary>
    public void Add(N2fUser n2f)
    {
        var manager = n2f.ManagerMail;
        if (manager.Length == 0 || manager == n2f.Key || context.KeyRows.ContainsKey(manager)) return;
        if (!_n2fReports.TryGetValue(manager, out var reports)) _n2fReports[manager] = reports = [];
        reports.Add(n2f.Key);
    }

    /// <summary>The deletes of <paramref name="gone"/> (N2F users of managed companies the source lacks), in key order.</summary>
    public IEnumerable<N2fChange> Plan(IReadOnlyList<N2fUser> gone, ISet<string> movingAway)
    {
        if (context.Source.Count == 0)
        {
            context.Warn("The users source returned no rows: nothing is deleted (an empty source never means 'delete everyone').");
            yield break;
        }
        // Who really goes: a protected key stays, and still needs its manager.
        var deleted = new HashSet<string>(gone.Select(u => u.Key).Where(k => !context.ConfigProtected.Contains(k)), StringComparer.Ordinal);
        // Source rows (valid or not) naming a manager who is not in the source: that manager must stay.
        var sourceReports = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var user in context.Source)
            if (user.ManagerMail.Length > 0 && deleted.Contains(user.ManagerMail) && user.Key.Length > 0)
                (sourceReports.TryGetValue(user.ManagerMail, out var list) ? list : sourceReports[user.ManagerMail] = []).Add(user.Key);
        foreach (var n2f in gone.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            if (context.ConfigProtected.Contains(n2f.Key))
            {
                context.Warn($"{n2f.Key} is not in the source but protected by safety.protectedKeys: not deleted.");
                continue;
            }
            var delete = new N2fChange
            {
                Scope = ScopeNames.Users, Action = ChangeAction.Delete, Key = n2f.Key, Company = n2f.CompanyCode,
                CompanyId = n2f.CompanyId, Reason = "not in the source",
            };
            yield return Check(delete, sourceReports.TryGetValue(n2f.Key, out var reports) ? reports : [], deleted, movingAway);
        }
    }

    /// <summary>
    /// The delete as it may go: held (with the users who still name them) or waiting for the
    /// reports' updates that move them away.
    /// </summary>
    private N2fChange Check(N2fChange delete, IReadOnlyList<string> sourceReports, ISet<string> deleted, ISet<string> movingAway)
    {
        var stillManages = new SortedSet<string>(sourceReports, StringComparer.Ordinal);
        var waitsFor = new List<string>();
        if (_n2fReports.TryGetValue(delete.Key, out var reports))
            foreach (var report in reports.Where(r => !deleted.Contains(r)))
            {
                if (movingAway.Contains(report)) waitsFor.Add(report);
                else stillManages.Add(report);
            }
        if (stillManages.Count == 0 && waitsFor.Count == 0) return delete;
        return delete with
        {
            StillManages = stillManages.ToArray(),
            WaitsFor = waitsFor,
            Held = stillManages.Count > 0 || delete.Held,
            Reason = stillManages.Count > 0
                ? $"not in the source, but still the manager of {string.Join(", ", stillManages)}: held until the source names their new manager"
                : delete.Reason,
        };
    }
}
