using N2fSync.Agresso;

namespace N2fSync.Sync.Users;

/// <summary>
/// Which updates of a users plan may be sent while N2F is still being read (Sync-N2fScope sends them early, so a
/// large tenant with few changes takes the longer of reading and writing, not their sum): only those the rest of the
/// read cannot change. When in doubt, an update waits for the whole plan.
/// Not early: a protected key; a row with a new address (a rename may turn out to conflict); a row whose manager may
/// end up sent empty or under a new address (compared again at the end); a row naming a manager that is not a source
/// user already seen in N2F (one not seen yet may be a create, one outside the source may be deleted). Each row once.
/// </summary>
internal sealed class EarlyUpdateRule(UsersPlanContext context, Func<int, bool> seenInN2f)
{
    private readonly HashSet<int> _offered = [];

    /// <summary>True when the update of <paramref name="row"/>, just compared, may go now; false for any later ask of the same row.</summary>
    public bool Allows(int row, bool mayLoseManager)
    {
        var user = context.Source[row];
        if (mayLoseManager || context.ConfigProtected.Contains(user.Key)) return false;
        if (user.NewMail.Length > 0 && user.NewMail != user.Key) return false;
        var manager = user.ManagerMail;
        if (manager.Length > 0 && !(context.KeyRows.TryGetValue(manager, out var managerRow) && seenInN2f(managerRow))) return false;
        // N2F answering a key twice is compared as answered last: the whole plan decides what that user needs.
        return _offered.Add(row);
    }
}
