using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.Scopes;

namespace N2fSync.Sync.Users;

/// <summary>What one users plan works on: the source indexed by key, and what it has found so far.</summary>
internal sealed class UsersPlanContext
{
    private readonly List<DataIssue> _issues = [];
    private readonly List<string> _warnings = [];

    public UsersPlanContext(IReadOnlyList<AgressoUser> source, N2fSyncConfig config)
    {
        Source = source;
        KeyRows = new Dictionary<string, int>(source.Count, StringComparer.Ordinal);
        for (var i = 0; i < source.Count; i++)
        {
            var user = source[i];
            if (user.Key.Length == 0) continue;
            if (!KeyRows.ContainsKey(user.Key)) KeyRows[user.Key] = i;
            else (DuplicateKeys ??= new HashSet<string>(StringComparer.Ordinal)).Add(user.Key);
            if (!user.IsValid) RejectedKeys.Add(user.Key);
        }
        foreach (var key in config.Safety.ProtectedKeys) ConfigProtected.Add(key.Trim().ToLowerInvariant());
    }

    public IReadOnlyList<AgressoUser> Source { get; }

    /// <summary>Every readable source key, valid or not (none of them is ever deleted, decisions.md §10), and its first row.</summary>
    public Dictionary<string, int> KeyRows { get; }

    /// <summary>Keys on more than one row; null when there are none (the usual case).</summary>
    public HashSet<string>? DuplicateKeys { get; private set; }

    public HashSet<string> RejectedKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>safety.protectedKeys: never updated nor deleted, whatever the source says.</summary>
    public HashSet<string> ConfigProtected { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<DataIssue> Issues => _issues;
    public IReadOnlyList<string> Warnings => _warnings;

    public void Reject(AgressoUser user, string field, DataIssueKind kind, string message, string? value)
    {
        var issue = new DataIssue(ScopeNames.Users, user.RowNumber, user.Key.Length == 0 ? null : user.Key, field, kind, message, value);
        user.AddIssue(issue);
        _issues.Add(issue);
        if (user.Key.Length > 0) RejectedKeys.Add(user.Key);
    }

    public void Warn(string message) => _warnings.Add(message);
}

/// <summary>A valid source user with its N2F references resolved; made for the users a plan writes.</summary>
internal sealed class ResolvedUser(int index, AgressoUser user, N2fSync.N2f.N2fCompany company, string role, string profile)
{
    /// <summary>The user's row index in the source.</summary>
    public int Index { get; } = index;
    public AgressoUser User { get; } = user;
    public string CompanyUuid => Company.Uuid;
    public N2fSync.N2f.N2fCompany Company { get; } = company;
    public string Role { get; } = role;
    public string Profile { get; } = profile;

    /// <summary>"" when the manager is sent empty (users.missingManager: sendEmpty), the manager's new address when they
    /// were renamed in N2F; null to send the source's manager.</summary>
    public string? ManagerOverride { get; set; }

    /// <summary>The new address of a user found renamed in N2F (matched there); null to send the source's address.</summary>
    public string? MailOverride { get; set; }
}

/// <summary>A change for a valid user before ordering.</summary>
internal sealed record PlannedUser(ResolvedUser Resolved, ChangeAction Action, N2fPayload Payload, List<FieldDifference> Differences)
{
    /// <summary>The N2F key the change is written under: the new address of a user renamed in N2F, else the source's.</summary>
    public string Key => Resolved.MailOverride ?? Resolved.User.Key;
    public string Manager => Payload.TryGetValue("managerMail", out var m) && m is string s ? s : "";
}
