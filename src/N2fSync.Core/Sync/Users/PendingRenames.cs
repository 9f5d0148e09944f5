using N2fSync.Agresso;
using N2fSync.N2f;

namespace N2fSync.Sync.Users;

/// <summary>
/// Source rows whose Nouveau_Email announces a new address. N2F's API has no rename, so the module advises renaming the
/// user in N2F by hand; once that is done, N2F holds the new address and not the old one, and the user is matched there:
/// updated under the new address, the old one never created, the new one never deleted. Both addresses in N2F is a
/// conflict for a person to resolve: no write for either.
/// </summary>
internal sealed class PendingRenames
{
    private readonly Dictionary<string, int> _rowByNewMail = new(StringComparer.Ordinal);
    private readonly Dictionary<int, N2fUser> _foundUnderNewMail = [];
    private readonly HashSet<string> _oldMails = new(StringComparer.Ordinal);

    public PendingRenames(UsersPlanContext context, Func<int, bool> isResolved)
    {
        for (var row = 0; row < context.Source.Count; row++)
        {
            var user = context.Source[row];
            if (user.NewMail.Length == 0 || user.NewMail == user.Key || !isResolved(row)) continue;
            // A new address that is another row's own key belongs to that row.
            if (context.KeyRows.ContainsKey(user.NewMail)) continue;
            _rowByNewMail[user.NewMail] = row;
            _oldMails.Add(user.Key);
        }
    }

    public bool Any => _rowByNewMail.Count > 0;

    /// <summary>True when <paramref name="n2f"/> is a pending rename's new address (kept, never deleted).</summary>
    public bool Claim(N2fUser n2f)
    {
        if (!_rowByNewMail.TryGetValue(n2f.Key, out var row)) return false;
        _foundUnderNewMail[row] = n2f;
        return true;
    }

    /// <summary>Whether a user naming <paramref name="manager"/> must be compared again once renames are matched.</summary>
    public bool IsOldMail(string manager) => _oldMails.Contains(manager);

    /// <summary>The N2F user found under the row's new address, if any.</summary>
    public N2fUser? FoundUnderNewMail(int row) => _foundUnderNewMail.TryGetValue(row, out var n2f) ? n2f : null;

    /// <summary>Old address to new, for the renames matched under the new address (their reports' manager follows).</summary>
    public Dictionary<string, string> Matched(Func<int, bool> oldAddressInN2f, IReadOnlyList<AgressoUser> source)
    {
        var matched = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in _foundUnderNewMail.Keys)
            if (!oldAddressInN2f(row)) matched[source[row].Key] = source[row].NewMail;
        return matched;
    }
}
