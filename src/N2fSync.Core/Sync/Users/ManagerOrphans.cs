using N2fSync.N2f;

namespace N2fSync.Sync.Users;

/// <summary>
/// Keeps a user from being deleted while others who stay still point at them as manager: deleting them would leave
/// those users pointing at nobody, and N2F would refuse every later write of theirs. Such a delete is held, naming the
/// users, until the source names their new manager; a delete whose reports move to a new manager in the same run waits
/// for those updates.
/// </summary>
internal sealed class ManagerOrphans(IReadOnlyDictionary<string, int> sourceKeys)
{
    // Only managers outside the source can be deleted: reports of the others need not be kept.
    private readonly Dictionary<string, List<string>> _n2fReports = new(StringComparer.Ordinal);

    /// <summary>One N2F user, as read.</summary>
    public void Add(N2fUser n2f)
    {
        var manager = n2f.ManagerMail;
        if (manager.Length == 0 || manager == n2f.Key || sourceKeys.ContainsKey(manager)) return;
        if (!_n2fReports.TryGetValue(manager, out var reports)) _n2fReports[manager] = reports = [];
        reports.Add(n2f.Key);
    }

    /// <summary>
    /// The delete as it may go: held (with the users who still name them) or waiting for the
    /// reports' updates that move them away.
    /// </summary>
    public N2fChange Check(N2fChange delete, IReadOnlyList<string> sourceReports, ISet<string> deleted, ISet<string> movingAway)
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
