using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.N2f;
using N2fSync.Scopes;

namespace N2fSync.Sync.Users;

/// <summary>
/// Plans the users scope (domain 6–7, decisions 10–11, 14, 17): validates what needs N2F (company, role, profile,
/// manager), compares, and orders the changes so managers come before the users who name them and deletes come last,
/// staying inside the managed set and away from every protected key.
/// </summary>
internal sealed class UsersPlanner(N2fSyncConfig config, N2fDirectory directory)
{
    private readonly UserPayloads _payloads = new(config.Users, config.N2f.Sandbox, directory);

    public SyncPlan Plan(IReadOnlyList<AgressoUser> source, IReadOnlyCollection<N2fUser> n2fUsers, PlanOptions options)
    {
        var context = new UsersPlanContext(source, n2fUsers, config);
        RejectDuplicates(context);
        var (resolved, inOrder) = Resolve(context);
        ResolveManagers(context, resolved, inOrder);

        // One pass in source order; a payload is built only for a user that is written (or shown with IncludeEqual).
        var pending = new List<PlannedUser>();
        foreach (var r in inOrder)
        {
            if (!IsStillResolved(resolved, r)) continue;
            var protectedByConfig = context.ConfigProtected.Contains(r.User.Key);
            if (context.N2fByKey.TryGetValue(r.User.Key, out var existing))
            {
                var differences = _payloads.Compare(r, existing);
                if (differences is null)
                {
                    if (options.IncludeEqual) pending.Add(new PlannedUser(r, ChangeAction.None, _payloads.Build(r), []));
                    continue;
                }
                if (protectedByConfig)
                {
                    context.Warn($"{r.User.Key} is protected by safety.protectedKeys: {differences.Count} differing field(s) left as they are.");
                    continue;
                }
                pending.Add(new PlannedUser(r, ChangeAction.Update, _payloads.Build(r), differences));
            }
            else if (!protectedByConfig)
            {
                var payload = _payloads.Build(r);
                pending.Add(new PlannedUser(r, ChangeAction.Create, payload, CreateDifferences(payload)));
            }
        }

        var changes = new List<N2fChange>();
        changes.AddRange(Skips(context));
        // Keys that failed last time go first, as far as the manager order allows.
        if (options.PriorityKeys is { Count: > 0 } priority)
            pending = pending.OrderBy(p => priority.Contains(p.Key) ? 0 : 1).ToList();
        changes.AddRange(new ManagerOrdering(_payloads).Order(pending));
        changes.AddRange(Deletes(context));
        foreach (var ambiguity in directory.Roles.Ambiguities.Concat(directory.Profiles.Ambiguities)) context.Warn(ambiguity);
        var byCompany = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in n2fUsers)
            if (user.CompanyCode.Length > 0) byCompany[user.CompanyCode] = byCompany.TryGetValue(user.CompanyCode, out var n) ? n + 1 : 1;
        return new SyncPlan(ScopeNames.Users, changes, context.Issues, context.Warnings, source.Count, n2fUsers.Count, byCompany);
    }

    /// <summary>Keys present twice (also differing only in case) are rejected everywhere: which row is right is unknown.</summary>
    private static void RejectDuplicates(UsersPlanContext context)
    {
        // Counted first: duplicates are rare, and grouping every row to find none costs a list per key.
        var counts = new Dictionary<string, int>(context.Source.Count, StringComparer.Ordinal);
        List<string>? duplicated = null;
        foreach (var user in context.Source)
        {
            if (user.Key.Length == 0) continue;
            counts[user.Key] = counts.TryGetValue(user.Key, out var n) ? n + 1 : 1;
            if (n == 1) (duplicated ??= []).Add(user.Key);
        }
        if (duplicated is null) return;

        var groups = duplicated.ToDictionary(k => k, _ => new List<AgressoUser>(), StringComparer.Ordinal);
        // In the order each key first appears, rows in source order, as a GroupBy would give them.
        var ordered = new List<List<AgressoUser>>();
        foreach (var user in context.Source)
        {
            if (user.Key.Length == 0 || !groups.TryGetValue(user.Key, out var group)) continue;
            if (group.Count == 0) ordered.Add(group);
            group.Add(user);
        }
        foreach (var group in ordered)
        {
            var rows = string.Join(", ", group.Select(u => u.RowNumber));
            foreach (var user in group)
                context.Reject(user, "AdresseEmail", DataIssueKind.DuplicateKey, $"e-mail {user.Key} appears on rows {rows}.", user.Key);
        }
    }

    /// <summary>Valid users whose company, role and profile N2F knows: by key, and in source order.</summary>
    private (Dictionary<string, ResolvedUser> ByKey, List<ResolvedUser> InOrder) Resolve(UsersPlanContext context)
    {
        var resolved = new Dictionary<string, ResolvedUser>(StringComparer.Ordinal);
        var inOrder = new List<ResolvedUser>();
        for (var i = 0; i < context.Source.Count; i++)
        {
            var user = context.Source[i];
            if (!user.IsValid) continue;
            if (!directory.TryGetCompanyByCode(user.Company, out var company))
            {
                context.Reject(user, "Entreprise", DataIssueKind.UnknownCompany,
                    $"company code '{user.Company}' is unknown to N2F.", user.Company);
                continue;
            }
            if (!directory.Roles.TryTranslate(user.Role, out var role))
            {
                context.Reject(user, "Role", DataIssueKind.UnknownRole,
                    $"role '{user.Role}' is unknown to N2F (known: {string.Join(", ", directory.Roles.FrenchNames)}).", user.Role);
                continue;
            }
            if (!directory.Profiles.TryTranslate(user.Profile, out var profile))
            {
                context.Reject(user, "Profil", DataIssueKind.UnknownProfile,
                    $"profile '{user.Profile}' is unknown to N2F (known: {string.Join(", ", directory.Profiles.FrenchNames)}).", user.Profile);
                continue;
            }
            var r = new ResolvedUser(i, user, company, role, profile);
            resolved[user.Key] = r;
            inOrder.Add(r);
        }
        return (resolved, inOrder);
    }

    private static bool IsStillResolved(Dictionary<string, ResolvedUser> resolved, ResolvedUser r) =>
        resolved.TryGetValue(r.User.Key, out var current) && ReferenceEquals(current, r);

    /// <summary>
    /// A manager must be a valid source user or already in N2F. Rejecting one user can orphan their reports, so this
    /// repeats until nothing changes.
    /// </summary>
    private void ResolveManagers(UsersPlanContext context, Dictionary<string, ResolvedUser> resolved, List<ResolvedUser> inOrder)
    {
        bool changed;
        do
        {
            changed = false;
            // Source order; a user removed in an earlier pass is no longer there.
            foreach (var r in inOrder)
            {
                if (!IsStillResolved(resolved, r)) continue;
                var manager = r.User.ManagerMail;
                if (manager.Length == 0 || resolved.ContainsKey(manager) || context.N2fByKey.ContainsKey(manager)) continue;
                if (context.RejectedKeys.Contains(manager))
                {
                    context.Reject(r.User, "Manager", DataIssueKind.ManagerRejected,
                        $"manager {manager} is rejected in the source and not in N2F yet.", manager);
                }
                else if (config.Users.MissingManager == MissingManagerPolicy.SendEmpty)
                {
                    if (r.ManagerOverride is null)
                        context.Warn($"{r.User.Key}: manager {manager} is neither in the source nor in N2F; sent without manager (users.missingManager: sendEmpty).");
                    r.ManagerOverride = "";
                    continue;
                }
                else
                {
                    context.Reject(r.User, "Manager", DataIssueKind.ManagerNotFound,
                        $"manager {manager} is neither in the source nor in N2F.", manager);
                }
                resolved.Remove(r.User.Key);
                changed = true;
            }
        } while (changed);
    }

    private static IEnumerable<N2fChange> Skips(UsersPlanContext context) =>
        context.Source.Where(u => !u.IsValid).Select(u => new N2fChange
        {
            Scope = ScopeNames.Users,
            Action = ChangeAction.Skip,
            Key = u.Key,
            Company = u.Company,
            RowNumber = u.RowNumber,
            Issues = u.Issues.Where(i => i.IsBlocking).ToArray(),
            Reason = string.Join("; ", u.Issues.Where(i => i.IsBlocking).Select(i => $"{i.Field}: {i.Message}")),
        });

    private IEnumerable<N2fChange> Deletes(UsersPlanContext context)
    {
        if (context.Source.Count == 0)
        {
            context.Warn("The users source returned no rows: nothing is deleted (an empty source never means 'delete everyone').");
            yield break;
        }
        // Each company code once: a hundred thousand rows name a handful of companies.
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in context.Source) codes.Add(user.Company);
        codes.UnionWith(config.Companies);
        var managed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in codes)
            if (code.Length > 0 && directory.TryGetCompanyByCode(code, out var company)) managed.Add(company.Uuid);

        // Only the users to delete are sorted, not every N2F user.
        var gone = new List<N2fUser>();
        foreach (var n2f in context.N2fUsers)
            if (n2f.Key.Length > 0 && !context.SourceKeys.Contains(n2f.Key) && managed.Contains(n2f.CompanyId)) gone.Add(n2f);
        foreach (var n2f in gone.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            if (context.ConfigProtected.Contains(n2f.Key))
            {
                context.Warn($"{n2f.Key} is not in the source but protected by safety.protectedKeys: not deleted.");
                continue;
            }
            yield return new N2fChange
            {
                Scope = ScopeNames.Users,
                Action = ChangeAction.Delete,
                Key = n2f.Key,
                Company = n2f.CompanyCode,
                CompanyId = n2f.CompanyId,
                Reason = "not in the source",
            };
        }
    }

    private static List<FieldDifference> CreateDifferences(N2fPayload payload) =>
        payload.Where(p => p.Value is not null && !(p.Value is string s && s.Length == 0) && !(p.Value is false))
            .Select(p => new FieldDifference(p.Key, null, p.Value)).ToList();
}
