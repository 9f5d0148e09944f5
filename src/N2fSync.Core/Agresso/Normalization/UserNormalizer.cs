using N2fSync.Config;
using N2fSync.Scopes;

namespace N2fSync.Agresso.Normalization;

/// <summary>
/// Turns one raw users-view row (or any object with the same column or property names) into an
/// <see cref="AgressoUser"/>, recording every data-quality issue found on the way (domain 4.1, decisions 5–7, 17).
/// Checks that need N2F (company, role, manager) happen in the planner.
/// </summary>
internal sealed class UserNormalizer(UsersOptions options)
{
    private static readonly int[] Required = new[] { "mail", "firstname", "lastname", "company" }.Select(UserField.IndexOf).ToArray();

    // Boxed once: a flag per field per row would otherwise box a new bool each time.
    private static readonly object True = true, False = false;

    // Text fields whose values repeat across rows (first names, a manager's address on each report's row...); the
    // kinds Company, Role, Profile, Structure and AuthMode repeat too.
    private static readonly HashSet<string> Repeating = new(StringComparer.Ordinal)
        { "firstname", "lastname", "culture", "currencyIsoCode", "jobTitle", "defaultCostCenter" };

    private readonly StringPool _pool = new(capacity: 65536);

    public AgressoUser Normalize(SourceRow row) => Normalize(row.RowNumber, column => row[column], row.HasColumn);

    /// <summary>Normalizes from any reader of columns by name (Agresso column or entity property; null when absent).</summary>
    public AgressoUser Normalize(int rowNumber, Func<string, string?> read, Func<string, bool> has)
    {
        var user = new AgressoUser(rowNumber);
        var fields = UserField.All;
        string? Read(UserField f) => has(f.Column) ? read(f.Column) : read(f.Property);

        var rawMail = Read(fields[0]);
        var mail = Text.CleanEmail(rawMail);
        user.Set(0, mail);
        string? key = mail.Length == 0 ? null : mail;

        for (var i = 1; i < fields.Count; i++)
            user.Set(i, NormalizeField(user, fields[i], Read(fields[i]), key));

        if (mail.Length > 0 && !Text.IsValidEmail(mail))
            user.AddIssue(Issue(user, key, "AdresseEmail", DataIssueKind.InvalidEmail,
                $"'{rawMail?.Trim()}' is not a valid e-mail address.", rawMail));
        foreach (var index in Required)
        {
            if (((string)user.Field(index)!).Length == 0)
                user.AddIssue(Issue(user, key, fields[index].Column, DataIssueKind.MissingRequired, $"{fields[index].Column} is empty."));
        }

        var manager = user.ManagerMail;
        if (manager.Length > 0 && !Text.IsValidEmail(manager))
            user.AddIssue(Issue(user, key, "Manager", DataIssueKind.InvalidEmail,
                $"manager '{manager}' is not a valid e-mail address.", manager));
        else if (manager.Length > 0 && manager == mail)
            user.AddIssue(Issue(user, key, "Manager", DataIssueKind.SelfManager, "the user names themselves as manager.", manager));

        user.NewMail = Text.CleanEmail(read("Nouveau_Email") ?? read(nameof(AgressoUser.NewMail)));
        user.HomeWorkDistance = _pool.Intern(Text.Clean(read("Distance_TravDom") ?? read(nameof(AgressoUser.HomeWorkDistance))));
        if (user.NewMail.Length > 0 && user.NewMail != mail)
            user.AddIssue(new DataIssue(ScopeNames.Users, rowNumber, key, "Nouveau_Email", DataIssueKind.PendingRename,
                $"pending rename from {mail} to {user.NewMail}: the user keeps syncing under {mail}; rename them in N2F by hand.",
                user.NewMail, blocking: false));
        return user;
    }

    private object NormalizeField(AgressoUser user, UserField field, string? raw, string? key)
    {
        switch (field.Kind)
        {
            case UserFieldKind.Flag:
                if (Flag.TryParse(raw, out var flag)) return flag ? True : False;
                user.AddIssue(Issue(user, key, field.Column, DataIssueKind.InvalidFlag,
                    $"'{raw?.Trim()}' is not a flag (use 1/0, true/false, yes/no, y/n, on/off or empty).", raw));
                return False;
            case UserFieldKind.ManagerEmail:
                return _pool.Intern(Text.CleanEmail(raw));
            case UserFieldKind.Role:
                return _pool.Intern(Text.OrDefault(Text.Clean(raw), options.DefaultRole));
            case UserFieldKind.Profile:
                return _pool.Intern(Text.OrDefault(Text.Clean(raw), options.DefaultProfile));
            case UserFieldKind.Structure:
                return _pool.Intern(Text.OrDefault(Text.Clean(raw), options.DefaultStructure));
            case UserFieldKind.AuthMode:
                var mode = Text.Clean(raw);
                return string.Equals(mode, "Saml", StringComparison.OrdinalIgnoreCase) ? "Sso" : _pool.Intern(mode);
            case UserFieldKind.Company:
                return _pool.Intern(Text.Clean(raw));
            default:
                var text = Text.Clean(raw);
                return Repeating.Contains(field.N2fName) ? _pool.Intern(text) : text;
        }
    }

    private static DataIssue Issue(AgressoUser user, string? key, string field, DataIssueKind kind, string message,
        string? value = null) => new(ScopeNames.Users, user.RowNumber, key, field, kind, message, value);
}
