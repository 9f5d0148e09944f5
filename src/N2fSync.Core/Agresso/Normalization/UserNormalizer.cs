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
    private static readonly string[] Required = ["mail", "firstname", "lastname", "company"];

    public AgressoUser Normalize(SourceRow row) => Normalize(row.RowNumber, column => row[column], row.HasColumn);

    /// <summary>Normalizes from any reader of columns by name (Agresso column or entity property; null when absent).</summary>
    public AgressoUser Normalize(int rowNumber, Func<string, string?> read, Func<string, bool> has)
    {
        var user = new AgressoUser(rowNumber);
        string? Read(UserField f) => has(f.Column) ? read(f.Column) : read(f.Property);

        var rawMail = Read(UserField.All[0]);
        var mail = Text.CleanEmail(rawMail);
        user.Set("mail", mail);
        string? key = mail.Length == 0 ? null : mail;

        foreach (var field in UserField.All.Skip(1))
            user.Set(field.N2fName, NormalizeField(user, field, Read(field), key));

        if (mail.Length > 0 && !Text.IsValidEmail(mail))
            user.AddIssue(Issue(user, key, "AdresseEmail", DataIssueKind.InvalidEmail,
                $"'{rawMail?.Trim()}' is not a valid e-mail address.", rawMail));
        foreach (var n2fName in Required)
        {
            var field = UserField.All.First(f => f.N2fName == n2fName);
            if (((string)user.Field(n2fName)!).Length == 0)
                user.AddIssue(Issue(user, key, field.Column, DataIssueKind.MissingRequired, $"{field.Column} is empty."));
        }

        var manager = user.ManagerMail;
        if (manager.Length > 0 && !Text.IsValidEmail(manager))
            user.AddIssue(Issue(user, key, "Manager", DataIssueKind.InvalidEmail,
                $"manager '{manager}' is not a valid e-mail address.", manager));
        else if (manager.Length > 0 && manager == mail)
            user.AddIssue(Issue(user, key, "Manager", DataIssueKind.SelfManager, "the user names themselves as manager.", manager));

        user.NewMail = Text.CleanEmail(read("Nouveau_Email") ?? read(nameof(AgressoUser.NewMail)));
        user.HomeWorkDistance = Text.Clean(read("Distance_TravDom") ?? read(nameof(AgressoUser.HomeWorkDistance)));
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
                if (Flag.TryParse(raw, out var flag)) return flag;
                user.AddIssue(Issue(user, key, field.Column, DataIssueKind.InvalidFlag,
                    $"'{raw?.Trim()}' is not a flag (use 1/0, true/false, yes/no, y/n, on/off or empty).", raw));
                return false;
            case UserFieldKind.ManagerEmail:
                return Text.CleanEmail(raw);
            case UserFieldKind.Role:
                return Text.OrDefault(Text.Clean(raw), options.DefaultRole);
            case UserFieldKind.Profile:
                return Text.OrDefault(Text.Clean(raw), options.DefaultProfile);
            case UserFieldKind.Structure:
                return Text.OrDefault(Text.Clean(raw), options.DefaultStructure);
            case UserFieldKind.AuthMode:
                var mode = Text.Clean(raw);
                return string.Equals(mode, "Saml", StringComparison.OrdinalIgnoreCase) ? "Sso" : mode;
            default:
                return Text.Clean(raw);
        }
    }

    private static DataIssue Issue(AgressoUser user, string? key, string field, DataIssueKind kind, string message,
        string? value = null) => new(ScopeNames.Users, user.RowNumber, key, field, kind, message, value);
}
