using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace N2fSync.Emulator;

/// <summary>
/// Applies a <c>POST users</c> payload: an upsert keyed by lower-cased <c>mail</c> with partial semantics (members
/// present overwrite, absent ones keep their value; unknown members are ignored). Every field error is collected so
/// the 400 names them all.
/// </summary>
internal static partial class UserPatch
{
    public static UserUpsertResult Apply(JsonObject payload, IUserReferences refs, DateTimeOffset now)
    {
        var errors = new List<EmulatorFieldError>();
        var mail = ReadMail(payload, errors);
        if (mail is null)
        {
            return UserUpsertResult.Invalid(errors);
        }

        var existing = refs.FindUser(mail);
        var user = existing ?? new EmulatedUser { Mail = mail, CreatedAt = now };
        foreach (var (name, node) in payload)
        {
            user = ApplyMember(user, name, node, refs, errors);
        }

        return errors.Count > 0
            ? UserUpsertResult.Invalid(errors)
            : new UserUpsertResult(user with { UpdatedAt = now }, existing is null, errors);
    }

    private static string? ReadMail(JsonObject payload, List<EmulatorFieldError> errors)
    {
        if (!JsonValues.TryString(payload["mail"], "mail", errors, out var mail))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(mail))
        {
            errors.Add(new("mail", "mail is required."));
            return null;
        }

        mail = mail.Trim();
        if (!MailPattern().IsMatch(mail))
        {
            errors.Add(new("mail", $"mail '{mail}' is not a valid e-mail address."));
            return null;
        }

        return mail.ToLowerInvariant();
    }

    private static EmulatedUser ApplyMember(
        EmulatedUser user, string name, JsonNode? node, IUserReferences refs, List<EmulatorFieldError> errors)
    {
        if (UserFields.Flags.FirstOrDefault(f => f.Name == name) is { } flag)
        {
            return JsonValues.TryFlag(node, name, errors, out var b) ? flag.Set(user, b) : user;
        }

        var field = UserFields.Texts.FirstOrDefault(f => f.Name == name);
        var known = field is not null || name is "company" or "role" or "profile" or "managerMail" or "culture";
        if (!known || !JsonValues.TryString(node, name, errors, out var text))
        {
            // Unknown members (and mail, uuid, timestamps, handled elsewhere or read-only) are ignored, as N2F does.
            return user;
        }

        if (field is not null)
        {
            return field.Set(user, text);
        }

        var blank = string.IsNullOrWhiteSpace(text);
        switch (name)
        {
            case "company":
                var company = refs.FindCompany(text ?? "");
                if (company is null)
                {
                    errors.Add(new(name, $"company '{text}' is not a known company uuid."));
                }

                return user with { Company = company?.Uuid ?? user.Company };
            case "role":
                return user with { RoleUuid = blank ? null : FindNamed(refs.Roles, name, text!, errors) ?? user.RoleUuid };
            case "profile":
                return user with { ProfileUuid = blank ? null : FindNamed(refs.Profiles, name, text!, errors) ?? user.ProfileUuid };
            case "managerMail":
                var manager = text?.Trim().ToLowerInvariant();
                if (!blank && refs.FindUser(manager!) is null)
                {
                    errors.Add(new(name, $"managerMail '{manager}' is not an existing user."));
                }

                return user with { ManagerMail = blank ? null : manager };
            case "culture":
                if (!blank && !CulturePattern().IsMatch(text!.Trim()))
                {
                    errors.Add(new(name, $"culture '{text}' must be a 2-letter code such as 'fr' or a culture such as 'fr-BE'."));
                }

                return user with { Culture = blank ? null : text!.Trim() };
            default:
                return user;
        }
    }

    // Any culture's name is accepted (case-insensitive, trimmed); the French name wins if names collide across cultures.
    private static string? FindNamed(IEnumerable<NamedItem> items, string field, string name, List<EmulatorFieldError> errors)
    {
        var list = items.ToList();
        var match = list.FirstOrDefault(i => i.Names.Any(n => n.Culture == "fr" && NamedItemMatches(n, name)))
            ?? list.FirstOrDefault(i => i.HasName(name));
        if (match is null)
        {
            var known = string.Join(", ", list.Select(i => i.NameIn("fr")));
            errors.Add(new(field, $"{field} '{name}' does not match the name of any {field} (known: {known})."));
        }

        return match?.Uuid;
    }

    private static bool NamedItemMatches(LocalizedName n, string name) =>
        string.Equals(n.Value.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex MailPattern();

    [GeneratedRegex("^[A-Za-z]{2}(-[A-Za-z]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex CulturePattern();
}
