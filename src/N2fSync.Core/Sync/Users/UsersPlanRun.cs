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
    // Per source row: resolved (valid, company, role and profile known), dropped since (its manager could not be),
    // sent without its manager (users.missingManager: sendEmpty). Flags, not an object per row.
    private const byte Resolved = 1, Dropped = 2, WithoutManager = 4;

    private readonly N2fSyncConfig _config;
    private readonly N2fDirectory _directory;
    private readonly UserPayloads _payloads;
    private readonly UsersPlanContext _context;
    private readonly byte[] _state;
    private readonly bool[] _inN2f;
    private readonly List<FieldDifference>?[] _differences;
    // Users whose manager is not a resolved source user may be sent without it, which is only known once all of N2F
    // is read: their N2F side is kept to compare again then.
    private readonly bool[] _mayLoseManager;
    private readonly Dictionary<int, N2fUser> _recheck = [];
    private readonly HashSet<string> _n2fOnlyKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _managed;
    private readonly List<N2fUser> _gone = [];
    private readonly Dictionary<string, int> _byCompany = new(StringComparer.OrdinalIgnoreCase);
    // Source company codes, role and profile names (pooled strings) to what N2F knows them as, looked up once each.
    private readonly Dictionary<string, N2fCompany> _companies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _roles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _profiles = new(StringComparer.Ordinal);
    private readonly PendingRenames _renames;
    private readonly UserDeletes _deletes;
    private Dictionary<string, string> _renamed = new(StringComparer.Ordinal);
    private EarlyUpdateRule? _early;
    private int _n2fCount, _unchanged;

    internal UsersPlanRun(N2fSyncConfig config, N2fDirectory directory, UserPayloads payloads, UsersPlanContext context,
        bool[] resolved)
    {
        _config = config;
        _directory = directory;
        _payloads = payloads;
        _context = context;
        _state = new byte[resolved.Length];
        for (var row = 0; row < resolved.Length; row++)
            if (resolved[row]) _state[row] = Resolved;
        _inN2f = new bool[resolved.Length];
        _differences = new List<FieldDifference>?[resolved.Length];
        _renames = new PendingRenames(context, row => resolved[row]);
        _deletes = new UserDeletes(context);
        _mayLoseManager = new bool[resolved.Length];
        for (var row = 0; row < resolved.Length; row++)
        {
            var manager = context.Source[row].ManagerMail;
            // Compared again at the end: the manager may be sent empty, or be found under a new address.
            if (resolved[row] && manager.Length > 0 && (!IsResolved(manager) || _renames.IsOldMail(manager))) _mayLoseManager[row] = true;
        }
        _managed = ManagedCompanies();
    }

    /// <summary>Told of each update as soon as the rest of the read cannot change it (see <see cref="EarlyUpdateRule"/>).</summary>
    public Action<N2fChange>? OnEarlyUpdate { get; set; }

    /// <summary>One N2F user, as read.</summary>
    public void Add(N2fUser n2f)
    {
        _n2fCount++;
        if (n2f.CompanyCode.Length > 0) _byCompany[n2f.CompanyCode] = _byCompany.TryGetValue(n2f.CompanyCode, out var n) ? n + 1 : 1;
        var key = n2f.Key;
        if (key.Length == 0) return;
        _deletes.Add(n2f);
        if (_context.KeyRows.TryGetValue(key, out var row))
        {
            // A key N2F answers twice is compared as answered last.
            _inN2f[row] = true;
            if (_state[row] != Resolved) return;
            var user = _context.Source[row];
            _differences[row] = _payloads.Compare(user, CompanyOf(user).Uuid, RoleOf(user), ProfileOf(user), null, n2f);
            if (_mayLoseManager[row]) _recheck[row] = n2f;
            if (OnEarlyUpdate is { } early && _differences[row] is { } found
                && (_early ??= new EarlyUpdateRule(_context, r => _inN2f[r])).Allows(row, _mayLoseManager[row]))
                early(ManagerOrdering.ToChange(Planned(row, ChangeAction.Update, found), ChangeAction.Update, null, null, null));
            return;
        }
        _n2fOnlyKeys.Add(key);
        // A pending rename's new address is the person, already renamed in N2F: never deleted.
        if (_renames.Claim(n2f)) return;
        if (_managed.Contains(n2f.CompanyId)) _gone.Add(n2f);
    }

    public SyncPlan Finish(PlanOptions options)
    {
        ResolveManagers();
        MatchRenames();
        var pending = new List<PlannedUser>();
        for (var row = 0; row < _state.Length; row++)
        {
            if ((_state[row] & (Resolved | Dropped)) != Resolved) continue;
            var user = _context.Source[row];
            var protectedByConfig = _context.ConfigProtected.Contains(user.Key);
            var renamedIn = _inN2f[row] ? null : _renames.FoundUnderNewMail(row);
            if (_inN2f[row] || renamedIn is not null)
            {
                var differences = renamedIn is not null ? _payloads.Compare(Resolution(row), renamedIn)
                    : NeedsRecheck(row) && _recheck.TryGetValue(row, out var n2f) ? _payloads.Compare(Resolution(row), n2f)
                    : _differences[row];
                if (differences is null)
                {
                    _unchanged++;
                    if (options.IncludeEqual) pending.Add(Planned(row, ChangeAction.None, []));
                    continue;
                }
                if (protectedByConfig)
                {
                    _context.Warn($"{user.Key} is protected by safety.protectedKeys: {differences.Count} differing field(s) left as they are.");
                    continue;
                }
                pending.Add(Planned(row, ChangeAction.Update, differences));
            }
            else if (!protectedByConfig)
            {
                // A payload is built only for a user that is written (or shown with IncludeEqual).
                pending.Add(Planned(row, ChangeAction.Create, null));
            }
        }

        var changes = new List<N2fChange>();
        changes.AddRange(Skips());
        // Keys that failed last time go first, as far as the manager order allows.
        if (options.PriorityKeys is { Count: > 0 } priority)
            pending = pending.OrderBy(p => priority.Contains(p.Key) ? 0 : 1).ToList();
        changes.AddRange(new ManagerOrdering(_payloads).Order(pending));
        var movingAway = new HashSet<string>(changes.Where(c => c.Action == ChangeAction.Update
            && c.Differences.Any(d => d.Field == "managerMail")).Select(c => c.Key), StringComparer.Ordinal);
        changes.AddRange(_deletes.Plan(_gone, movingAway));
        foreach (var ambiguity in _directory.Roles.Ambiguities.Concat(_directory.Profiles.Ambiguities)) _context.Warn(ambiguity);
        return new SyncPlan(ScopeNames.Users, changes, _context.Issues, _context.Warnings, _context.Source.Count, _n2fCount, _byCompany)
        {
            Unchanged = _unchanged,
        };
    }

    /// <summary>
    /// Renames done by hand in N2F: a row whose new address N2F has (and not its old one) is matched there; both
    /// addresses in N2F is a conflict, rejected with no write for either.
    /// </summary>
    private void MatchRenames()
    {
        if (!_renames.Any) return;
        for (var row = 0; row < _state.Length; row++)
        {
            if ((_state[row] & (Resolved | Dropped)) != Resolved || !_inN2f[row] || _renames.FoundUnderNewMail(row) is null) continue;
            var user = _context.Source[row];
            _context.Reject(user, "Nouveau_Email", DataIssueKind.RenameConflict,
                $"both {user.Key} and the new address {user.NewMail} exist in N2F: which one is this person is unknown. "
                + "Delete or rename one of them in N2F by hand (keep the one with the expense history); neither is written until then.",
                user.NewMail);
            _state[row] |= Dropped;
        }
        _renamed = _renames.Matched(row => _inN2f[row], _context.Source);
    }

    private bool NeedsRecheck(int row) =>
        (_state[row] & WithoutManager) != 0 || _renamed.ContainsKey(_context.Source[row].ManagerMail);

    /// <summary>A change for one row: its resolved user and payload; a create's differences are what it sets.</summary>
    private PlannedUser Planned(int row, ChangeAction action, List<FieldDifference>? differences)
    {
        var r = Resolution(row);
        var payload = _payloads.Build(r);
        return new PlannedUser(r, action, payload, differences ?? _payloads.Differences(payload));
    }

    private ResolvedUser Resolution(int row)
    {
        var user = _context.Source[row];
        var renamedIn = _inN2f[row] ? null : _renames.FoundUnderNewMail(row);
        return new ResolvedUser(row, user, CompanyOf(user), RoleOf(user), ProfileOf(user))
        {
            ManagerOverride = (_state[row] & WithoutManager) != 0 ? ""
                : _renamed.TryGetValue(user.ManagerMail, out var newManagerMail) ? newManagerMail : null,
            MailOverride = renamedIn is null ? null : user.NewMail,
        };
    }

    // Only asked for resolved rows, whose company, role and profile N2F was found to know.
    private N2fCompany CompanyOf(AgressoUser user)
    {
        if (_companies.TryGetValue(user.Company, out var company)) return company;
        if (!_directory.TryGetCompanyByCode(user.Company, out company)) throw new InvalidOperationException(user.Company);
        if (_companies.Count < 1024) _companies[user.Company] = company;
        return company;
    }

    private string RoleOf(AgressoUser user) => Translated(_roles, _directory.Roles, user.Role);

    private string ProfileOf(AgressoUser user) => Translated(_profiles, _directory.Profiles, user.Profile);

    private static string Translated(Dictionary<string, string> known, CultureNameMap map, string name)
    {
        if (known.TryGetValue(name, out var french)) return french;
        if (!map.TryTranslate(name, out french)) throw new InvalidOperationException(name);
        if (known.Count < 1024) known[name] = french;
        return french;
    }

    private bool IsResolved(string key) =>
        _context.KeyRows.TryGetValue(key, out var row) && (_state[row] & (Resolved | Dropped)) == Resolved;

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
            for (var row = 0; row < _state.Length; row++)
            {
                if ((_state[row] & (Resolved | Dropped)) != Resolved) continue;
                var user = _context.Source[row];
                var manager = user.ManagerMail;
                if (manager.Length == 0 || IsResolved(manager) || InN2f(manager)) continue;
                if (_context.RejectedKeys.Contains(manager))
                {
                    _context.Reject(user, "Manager", DataIssueKind.ManagerRejected,
                        $"manager {manager} is rejected in the source and not in N2F yet.", manager);
                }
                else if (_config.Users.MissingManager == MissingManagerPolicy.SendEmpty)
                {
                    if ((_state[row] & WithoutManager) == 0)
                        _context.Warn($"{user.Key}: manager {manager} is neither in the source nor in N2F; sent without manager (users.missingManager: sendEmpty).");
                    _state[row] |= WithoutManager;
                    continue;
                }
                else
                {
                    _context.Reject(user, "Manager", DataIssueKind.ManagerNotFound,
                        $"manager {manager} is neither in the source nor in N2F.", manager);
                }
                _state[row] |= Dropped;
                changed = true;
            }
        } while (changed);
    }

    /// <summary>The companies of the source rows and of config <c>companies:</c>, as N2F uuids (decisions.md §11).</summary>
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
}
