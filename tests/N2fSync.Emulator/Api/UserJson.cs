using System.Text.Json.Nodes;

namespace N2fSync.Emulator;

/// <summary>
/// Writes a user in N2F's shape. Role and profile are display names in the answer culture. The identity fields are
/// always present (null when unset); the other optional fields are omitted when never set, so a client meets both
/// null and missing members, as it does with N2F.
/// </summary>
internal static class UserJson
{
    public static JsonObject Render(EmulatedUser user, IReadOnlyList<NamedItem> roles, IReadOnlyList<NamedItem> profiles, string culture)
    {
        var json = new JsonObject
        {
            ["uuid"] = user.Uuid,
            ["mail"] = user.Mail,
        };
        foreach (var field in UserFields.Texts.Where(f => f.AlwaysAnswered))
        {
            json[field.Name] = field.Get(user);
        }

        json["company"] = user.Company;
        json["role"] = NameOf(roles, user.RoleUuid, culture);
        json["profile"] = NameOf(profiles, user.ProfileUuid, culture);
        json["managerMail"] = user.ManagerMail;
        AddIfSet(json, "culture", user.Culture);
        foreach (var field in UserFields.Texts.Where(f => !f.AlwaysAnswered))
        {
            AddIfSet(json, field.Name, field.Get(user));
        }

        foreach (var flag in UserFields.Flags)
        {
            if (flag.Get(user) is { } value)
            {
                json[flag.Name] = value;
            }
        }

        json["createdAt"] = ApiResponses.Instant(user.CreatedAt);
        json["updatedAt"] = ApiResponses.Instant(user.UpdatedAt);
        return json;
    }

    private static string? NameOf(IReadOnlyList<NamedItem> items, string? uuid, string culture) =>
        uuid is null ? null : items.FirstOrDefault(i => string.Equals(i.Uuid, uuid, StringComparison.OrdinalIgnoreCase))?.NameIn(culture);

    private static void AddIfSet(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
