using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.N2f;
using N2fSync.Scopes;

namespace N2fSync.Sync.Users;

/// <summary>
/// One users plan while N2F is read: each N2F user is compared with its source user as it arrives and then let go;
/// only what the plan still needs is kept (the differences, whether each key exists in N2F, the users to delete).
/// </summary>
internal sealed class UsersPlanRun
{
    private readonly N2fSyncConfig _config;
    private readonly N2fDirectory _directory;
    private readonly UserPayloads _payloads;
    private readonly UsersPlanContext _context;
    private readonly ResolvedUser?[] _resolved;
    private readonly bool[] _inN2f;
    private readonly List<FieldDifference>?[] _differences;
    // Users whose manager is not a resolved source user may be sent without it (users.missingManager: sendEmpty),
    // which is only known once all of N2F is read: their N2F side is kept to compare again then.
    private readonly bool[] _mayLoseManager;
    private readonly Dictionary<int, N2fUser> _recheck = [];
    private readonly HashSet<string> _n2fOnlyKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _managed;
    private readonly List<N2fUser> _gone = [];
    private readonly Dictionary<string, int> _byCompany = new(StringComparer.OrdinalIgnoreCase);
    private int _n2fCount;

    internal UsersPlanRun(N2fSyncConfig config, N2fDirectory directory, UserPayloads payloads, UsersPlanContext context,
        ResolvedUser?[] resolved)
    {
        _config = config;
        _directory = directory;
        _payloads = payloads;
        _context = context;
        _resolved = resolved;
        _inN2f = new bool[resolved.Length];
        _differences = new List<FieldDifference>?[resolved.Length];
        _mayLoseManager = new bool[resolved.Length];
        foreach (var r in resolved)
            if (r is not null && r.User.ManagerMail.Length > 0 && !IsResolved(r.User.ManagerMail)) _mayLoseManager[r.Index] = true;
        _managed = ManagedCompanies();
    }

    /// <summary>One N2F user, as read.</summary>
    public void Add(N2fUser n2f)
    {
        _n2fCount++;
        if (n2f.CompanyCode.Length > 0) _byCompany[n2f.CompanyCode] = _byCompany.TryGetValue(n2f.CompanyCode, out var n) ? n + 1 : 1;
        var key = n2f.Key;
        if (key.Length == 0) return;
        if (_context.KeyRows.TryGetValue(key, out var row))
        {
            // A key N2F answers twice is compared as answered last.
            _inN2f[row] = true;
            if (_resolved[row] is not { } r) return;
            _differences[row] = _payloads.Compare(r, n2f);
            if (_mayLoseManager[row]) _recheck[row] = n2f;
            return;
        }
        _n2fOnlyKeys.Add(key);
        if (_managed.Contains(n2f.CompanyId)) _gone.Add(n2f);
    }

    public SyncPlan Finish(PlanOptions options)
    {
        ResolveManagers();
        var pending = new List<PlannedUser>();
        foreach (var r in _resolved)
        {
            if (r is null || r.Dropped) continue;
            var protectedByConfig = _context.ConfigProtected.Contains(r.User.Key);
            if (_inN2f[r.Index])
            {
                var differences = r.ManagerOverride is not null && _recheck.TryGetValue(r.Index, out var n2f)
                    ? _payloads.Compare(r, n2f) : _differences[r.Index];
                if (differences is null)
                {
                    if (options.IncludeEqual) pending.Add(new PlannedUser(r, ChangeAction.None, _payloads.Build(r), []));
                    continue;
                }
                if (protectedByConfig)
                {
                    _context.Warn($"{r.User.Key} is protected by safety.protectedKeys: {differences.Count} differing field(s) left as they are.");
                    continue;
                }
                pending.Add(new PlannedUser(r, ChangeAction.Update, _payloads.Build(r), differences));
            }
            else if (!protectedByConfig)
            {
                // A payload is built only for a user that is written (or shown with IncludeEqual).
                var payload = _payloads.Build(r);
                pending.Add(new PlannedUser(r, ChangeAction.Create, payload, CreateDifferences(payload)));
            }
        }

        var changes = new List<N2fChange>();
        changes.AddRange(Skips());
        // Keys that failed last time go first, as far as the manager order allows.
        if (options.PriorityKeys is { Count: > 0 } priority)
            pending = pending.OrderBy(p => priority.Contains(p.Key) ? 0 : 1).ToList();
        changes.AddRange(new ManagerOrdering(_payloads).Order(pending));
        changes.AddRange(Deletes());
        foreach (var ambiguity in _directory.Roles.Ambiguities.Concat(_directory.Profiles.Ambiguities)) _context.Warn(ambiguity);
        return new SyncPlan(ScopeNames.Users, changes, _context.Issues, _context.Warnings, _context.Source.Count, _n2fCount, _byCompany);
    }

    private bool IsResolved(string key) => _context.KeyRows.TryGetValue(key, out var row) && _resolved[row] is { Dropped: false };

    private bool InN2f(string key) => _context.KeyRows.TryGetValue(key, out var row) ? _inN2f[row] : _n2fOnlyKeys.Contains(key);

    /// <summary>
    /// A manager must be a valid source user or already in N2F. Rejecting one user can orphan their reports, so this
    /// repeats until nothing changes.
    /// </summary>
    private void ResolveManagers()
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var r in _resolved)
            {
                if (r is null || r.Dropped) continue;
                var manager = r.User.ManagerMail;
                if (manager.Length == 0 || IsResolved(manager) || InN2f(manager)) continue;
                if (_context.RejectedKeys.Contains(manager))
                {
                    _context.Reject(r.User, "Manager", DataIssueKind.ManagerRejected,
                        $"manager {manager} is rejected in the source and not in N2F yet.", manager);
                }
                else if (_config.Users.MissingManager == MissingManagerPolicy.SendEmpty)
                {
                    if (r.ManagerOverride is null)
                        _context.Warn($"{r.User.Key}: manager {manager} is neither in the source nor in N2F; sent without manager (users.missingManager: sendEmpty).");
                    r.ManagerOverride = "";
                    continue;
                }
                else
                {
                    _context.Reject(r.User, "Manager", DataIssueKind.ManagerNotFound,
                        $"manager {manager} is neither in the source nor in N2F.", manager);
                }
                r.Dropped = true;
                changed = true;
            }
        } while (changed);
    }

    /// <summary>The companies of the source rows and of config <c>companies:</c>, as N2F uuids (decisions 11).</summary>
    private HashSet<string> ManagedCompanies()
    {
        // Each company code once: a hundred thousand rows name a handful of companies.
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in _context.Source) codes.Add(user.Company);
        codes.UnionWith(_config.Companies);
        var managed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in codes)
            if (code.Length > 0 && _directory.TryGetCompanyByCode(code, out var company)) managed.Add(company.Uuid);
        return managed;
    }

    private IEnumerable<N2fChange> Skips() =>
        _context.Source.Where(u => !u.IsValid).Select(u => new N2fChange
        {
            Scope = ScopeNames.Users,
            Action = ChangeAction.Skip,
            Key = u.Key,
            Company = u.Company,
            RowNumber = u.RowNumber,
            Issues = u.Issues.Where(i => i.IsBlocking).ToArray(),
            Reason = string.Join("; ", u.Issues.Where(i => i.IsBlocking).Select(i => $"{i.Field}: {i.Message}")),
        });

    private IEnumerable<N2fChange> Deletes()
    {
        if (_context.Source.Count == 0)
        {
            _context.Warn("The users source returned no rows: nothing is deleted (an empty source never means 'delete everyone').");
            yield break;
        }
        foreach (var n2f in _gone.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            if (_context.ConfigProtected.Contains(n2f.Key))
            {
                _context.Warn($"{n2f.Key} is not in the source but protected by safety.protectedKeys: not deleted.");
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
