using N2fSync.Agresso;
using N2fSync.Agresso.Normalization;
using N2fSync.Config;
using N2fSync.N2f;

namespace N2fSync.Sync.Users;

/// <summary>
/// Builds the user payload of domain 5.1 and compares it with what N2F holds (domain 6): only the fields sent,
/// each by its kind, with the same defaults and normalization on both sides.
/// </summary>
internal sealed class UserPayloads(UsersOptions options, bool sandbox, N2fDirectory directory)
{
    private readonly IReadOnlyList<UserField> _fields = UserField.Sent(options.ExtraFields);

    /// <summary>The payload for a valid user whose company, role and profile are already resolved.</summary>
    public N2fPayload Build(AgressoUser user, string companyUuid, string role, string profile, string? managerOverride = null)
    {
        var payload = new N2fPayload();
        foreach (var field in _fields)
        {
            payload[field.N2fName] = field.Kind switch
            {
                UserFieldKind.Company => companyUuid,
                UserFieldKind.Role => role,
                UserFieldKind.Profile => profile,
                UserFieldKind.ManagerEmail => managerOverride ?? user.ManagerMail,
                // The sandbox only accepts integrated authentication (domain 4.4).
                UserFieldKind.AuthMode => sandbox ? "Integrated" : user.Field(field.N2fName),
                _ => user.Field(field.N2fName),
            };
        }
        return payload;
    }

    /// <summary>Fields of the payload that differ from the N2F user.</summary>
    public List<FieldDifference> Compare(N2fPayload payload, N2fUser n2f)
    {
        var differences = new List<FieldDifference>();
        foreach (var field in _fields)
        {
            if (!payload.TryGetValue(field.N2fName, out var wanted)) continue;
            n2f.Fields.TryGetValue(field.N2fName, out var actual);
            if (!Equal(field.Kind, wanted, actual))
                differences.Add(new FieldDifference(field.N2fName, actual, wanted));
        }
        return differences;
    }

    private bool Equal(UserFieldKind kind, object? wanted, object? actual) => kind switch
    {
        // Missing and false agree: N2F's default for these flags is false, and a rewrite every run would cost minutes.
        UserFieldKind.Flag => (wanted is true) == Flag.FromN2f(actual),
        UserFieldKind.Email or UserFieldKind.ManagerEmail => Text.CleanEmail(AsText(wanted)) == Text.CleanEmail(AsText(actual)),
        UserFieldKind.Company => string.Equals(Text.Clean(AsText(wanted)), Text.Clean(AsText(actual)), StringComparison.OrdinalIgnoreCase),
        UserFieldKind.Role => SameIdentity(directory.Roles, AsText(wanted), AsText(actual), options.DefaultRole),
        UserFieldKind.Profile => SameIdentity(directory.Profiles, AsText(wanted), AsText(actual), options.DefaultProfile),
        UserFieldKind.Structure => Text.OrDefault(Text.Clean(AsText(wanted)), options.DefaultStructure)
                                   == Text.OrDefault(Text.Clean(AsText(actual)), options.DefaultStructure),
        _ => Text.Clean(AsText(wanted)) == Text.Clean(AsText(actual)),
    };

    private static bool SameIdentity(CultureNameMap map, string wanted, string actual, string fallback)
    {
        static string Identity(CultureNameMap m, string name, string def)
        {
            var cleaned = Text.OrDefault(Text.Clean(name), def);
            return m.TryTranslate(cleaned, out var french) ? french : cleaned;
        }
        return string.Equals(Identity(map, wanted, fallback), Identity(map, actual, fallback), StringComparison.OrdinalIgnoreCase);
    }

    private static string AsText(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
