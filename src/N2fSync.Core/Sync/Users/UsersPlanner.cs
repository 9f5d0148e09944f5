using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.N2f;

namespace N2fSync.Sync.Users;

/// <summary>
/// Plans the users scope (domain.md §6–§7, decisions.md §10–§11, §14, §17): validates what needs N2F (company, role, profile,
/// manager), compares, and orders the changes so managers come before the users who name them and deletes come last,
/// staying inside the managed set and away from every protected key.
/// </summary>
internal sealed class UsersPlanner(N2fSyncConfig config, N2fDirectory directory)
{
    private readonly UserPayloads _payloads = new(config.Users, config.N2f.Sandbox, directory);

    public SyncPlan Plan(IReadOnlyList<AgressoUser> source, IReadOnlyCollection<N2fUser> n2fUsers, PlanOptions options)
    {
        var run = Start(source);
        foreach (var user in n2fUsers) run.Add(user);
        return run.Finish(options);
    }

    /// <summary>
    /// Validates and resolves the source; N2F's users are then added as they are read (each compared on arrival and
    /// dropped, unless it is to be deleted), and <see cref="UsersPlanRun.Finish"/> plans. Streaming N2F through keeps
    /// one side in memory instead of two (decisions.md §27).
    /// </summary>
    public UsersPlanRun Start(IReadOnlyList<AgressoUser> source)
    {
        var context = new UsersPlanContext(source, config);
        RejectDuplicates(context);
        return new UsersPlanRun(config, directory, _payloads, context, Resolve(context));
    }

    /// <summary>Keys present twice (also differing only in case) are rejected everywhere: which row is right is unknown.</summary>
    private static void RejectDuplicates(UsersPlanContext context)
    {
        if (context.DuplicateKeys is not { } duplicated) return;
        // In the order each key first appears, rows in source order, as grouping the rows would give them.
        var groups = new Dictionary<string, List<AgressoUser>>(StringComparer.Ordinal);
        var ordered = new List<List<AgressoUser>>();
        foreach (var user in context.Source)
        {
            if (user.Key.Length == 0 || !duplicated.Contains(user.Key)) continue;
            if (!groups.TryGetValue(user.Key, out var group))
            {
                groups[user.Key] = group = [];
                ordered.Add(group);
            }
            group.Add(user);
        }
        foreach (var group in ordered)
        {
            var rows = string.Join(", ", group.Select(u => u.RowNumber));
            foreach (var user in group)
                context.Reject(user, "AdresseEmail", DataIssueKind.DuplicateKey, $"e-mail {user.Key} appears on rows {rows}.", user.Key);
        }
    }

    /// <summary>
    /// Which source rows are valid users whose company, role and profile N2F knows. A flag per row, not an object: what
    /// they resolve to is looked up again when needed (a dictionary hit), and 100 000 rows are planned at once.
    /// </summary>
    private bool[] Resolve(UsersPlanContext context)
    {
        var resolved = new bool[context.Source.Count];
        for (var i = 0; i < context.Source.Count; i++)
        {
            var user = context.Source[i];
            if (!user.IsValid) continue;
            if (!directory.TryGetCompanyByCode(user.Company, out _))
            {
                context.Reject(user, "Entreprise", DataIssueKind.UnknownCompany,
                    $"company code '{user.Company}' is unknown to N2F.", user.Company);
                continue;
            }
            if (!directory.Roles.TryTranslate(user.Role, out _))
            {
                context.Reject(user, "Role", DataIssueKind.UnknownRole,
                    $"role '{user.Role}' is unknown to N2F (known: {string.Join(", ", directory.Roles.FrenchNames)}).", user.Role);
                continue;
            }
            if (!directory.Profiles.TryTranslate(user.Profile, out _))
            {
                context.Reject(user, "Profil", DataIssueKind.UnknownProfile,
                    $"profile '{user.Profile}' is unknown to N2F (known: {string.Join(", ", directory.Profiles.FrenchNames)}).", user.Profile);
                continue;
            }
            resolved[i] = true;
        }
        return resolved;
    }
}
