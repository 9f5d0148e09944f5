using N2fSync.Agresso.Normalization;
using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.Mapping;
using N2fSync.N2f;
using N2fSync.Normalization;

namespace N2fSync.Sync.Users;

/// <summary>
/// Builds the user payload of domain.md §5.1 and compares it with what N2F holds (domain.md §6): only the fields sent,
/// each by its kind, with the same defaults and normalization on both sides. The comparison reads the source user
/// directly, so a user in step costs no payload: most users of a run are in step.
/// </summary>
internal sealed class UserPayloads
{
    private readonly UsersOptions _options;
    private readonly bool _sandbox;
    private readonly N2fDirectory _directory;
    private readonly IReadOnlyList<UserField> _fields;
    private readonly int[] _indexes;
    // N2F answers every user's role and profile in one of a few names: each is translated once.
    private readonly Dictionary<string, string> _roleIdentities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _profileIdentities = new(StringComparer.Ordinal);

    public UserPayloads(UsersOptions options, bool sandbox, N2fDirectory directory)
    {
        _options = options;
        _sandbox = sandbox;
        _directory = directory;
        _fields = UserField.Sent(options.ExtraFields);
        _indexes = _fields.Select(f => f.Index).ToArray();
    }

    /// <summary>The payload for a valid user whose company, role and profile are already resolved.</summary>
    public N2fPayload Build(AgressoUser user, string companyUuid, string role, string profile, string? managerOverride = null,
        string? mailOverride = null)
    {
        var payload = new N2fPayload();
        for (var i = 0; i < _fields.Count; i++)
            payload[_fields[i].N2fName] = Wanted(_fields[i], _indexes[i], user, companyUuid, role, profile, managerOverride, mailOverride);
        return payload;
    }

    public N2fPayload Build(ResolvedUser r) => Build(r.User, r.CompanyUuid, r.Role, r.Profile, r.ManagerOverride, r.MailOverride);

    /// <summary>Fields of the payload <see cref="Build(ResolvedUser)"/> would send that differ from the N2F user; null when none.</summary>
    public List<FieldDifference>? Compare(ResolvedUser r, N2fUser n2f) =>
        Compare(r.User, r.CompanyUuid, r.Role, r.Profile, r.ManagerOverride, n2f, r.MailOverride);

    /// <summary>The same, from the parts of a resolved user (no object needed for a user in step).</summary>
    public List<FieldDifference>? Compare(AgressoUser user, string companyUuid, string role, string profile, string? managerOverride,
        N2fUser n2f, string? mailOverride = null)
    {
        List<FieldDifference>? differences = null;
        for (var i = 0; i < _fields.Count; i++)
        {
            var field = _fields[i];
            var wanted = Wanted(field, _indexes[i], user, companyUuid, role, profile, managerOverride, mailOverride);
            var actual = n2f.Field(_indexes[i]);
            if (!Equal(field.Kind, wanted, actual))
                (differences ??= []).Add(new FieldDifference(field.N2fName, Shown(field.Kind, actual), Shown(field.Kind, wanted)));
        }
        return differences;
    }

    /// <summary>The differences a create shows: every field it sends that has a value.</summary>
    public List<FieldDifference> Differences(N2fPayload payload) => _fields
        .Where(f => payload.TryGetValue(f.N2fName, out var v) && v is not null && !(v is string s && s.Length == 0) && !(v is false))
        .Select(f => new FieldDifference(f.N2fName, null, Shown(f.Kind, payload[f.N2fName])))
        .ToList();

    /// <summary>A value as a difference shows it: a company by its code (BE01), as the source names it, not N2F's internal id.</summary>
    private object? Shown(UserFieldKind kind, object? value) =>
        kind == UserFieldKind.Company && value is string uuid && _directory.TryGetCompanyByUuid(uuid, out var company) ? company.Code : value;
    /// <summary>
    /// Fields of a payload <see cref="Build(ResolvedUser)"/> made that differ from the N2F user, by the same rules;
    /// null when none (a write whose outcome is being settled: did it land?).
    /// </summary>
    public List<FieldDifference>? Compare(N2fPayload payload, N2fUser n2f)
    {
        List<FieldDifference>? differences = null;
        for (var i = 0; i < _fields.Count; i++)
        {
            var field = _fields[i];
            if (!payload.TryGetValue(field.N2fName, out var wanted)) continue;
            var actual = n2f.Field(_indexes[i]);
            if (!Equal(field.Kind, wanted, actual))
                (differences ??= []).Add(new FieldDifference(field.N2fName, actual, wanted));
        }
        return differences;
    }

    private object? Wanted(UserField field, int index, AgressoUser user, string companyUuid, string role, string profile,
        string? managerOverride, string? mailOverride = null) => field.Kind switch
    {
        UserFieldKind.Email when mailOverride is not null => mailOverride,
        UserFieldKind.Company => companyUuid,
        UserFieldKind.Role => role,
        UserFieldKind.Profile => profile,
        UserFieldKind.ManagerEmail => managerOverride ?? user.ManagerMail,
        // The sandbox only accepts integrated authentication (domain.md §4.4).
        UserFieldKind.AuthMode => _sandbox ? "Integrated" : user.Field(index),
        _ => user.Field(index),
    };

    private bool Equal(UserFieldKind kind, object? wanted, object? actual) =>
        // Texts that are the same characters are equal under every rule below; most fields of most users are.
        (kind != UserFieldKind.Flag && wanted is string w && actual is string a && string.Equals(w, a, StringComparison.Ordinal))
        || EqualByKind(kind, wanted, actual);

    private bool EqualByKind(UserFieldKind kind, object? wanted, object? actual) => kind switch
    {
        // Missing and false agree: N2F's default for these flags is false, and a rewrite every run would cost minutes.
        UserFieldKind.Flag => (wanted is true) == Flag.FromN2f(actual),
        UserFieldKind.Email or UserFieldKind.ManagerEmail => Text.CleanEmail(AsText(wanted)) == Text.CleanEmail(AsText(actual)),
        UserFieldKind.Company => string.Equals(Text.Clean(AsText(wanted)), Text.Clean(AsText(actual)), StringComparison.OrdinalIgnoreCase),
        UserFieldKind.Role => string.Equals(Identity(_roleIdentities, _directory.Roles, AsText(wanted), _options.DefaultRole),
            Identity(_roleIdentities, _directory.Roles, AsText(actual), _options.DefaultRole), StringComparison.OrdinalIgnoreCase),
        UserFieldKind.Profile => string.Equals(Identity(_profileIdentities, _directory.Profiles, AsText(wanted), _options.DefaultProfile),
            Identity(_profileIdentities, _directory.Profiles, AsText(actual), _options.DefaultProfile), StringComparison.OrdinalIgnoreCase),
        UserFieldKind.Structure => Text.OrDefault(Text.Clean(AsText(wanted)), _options.DefaultStructure)
                                   == Text.OrDefault(Text.Clean(AsText(actual)), _options.DefaultStructure),
        _ => Text.Clean(AsText(wanted)) == Text.Clean(AsText(actual)),
    };

    /// <summary>The French name of a role or profile name in any culture (the default when empty), or the name itself when unknown.</summary>
    private static string Identity(Dictionary<string, string> known, CultureNameMap map, string name, string fallback)
    {
        if (known.TryGetValue(name, out var identity)) return identity;
        var cleaned = Text.OrDefault(Text.Clean(name), fallback);
        identity = map.TryTranslate(cleaned, out var french) ? french : cleaned;
        if (known.Count < 1024) known[name] = identity;
        return identity;
    }

    private static string AsText(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
