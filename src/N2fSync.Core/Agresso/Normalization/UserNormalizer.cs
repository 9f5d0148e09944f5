using N2fSync.Agresso.Quality;
using N2fSync.Config;
using N2fSync.Mapping;
using N2fSync.Normalization;
using N2fSync.Scopes;

namespace N2fSync.Agresso.Normalization;

/// <summary>
/// Turns one raw users-view row (or any object with the same column or property names) into an
/// <see cref="AgressoUser"/>, recording every data-quality issue found on the way (domain.md §4.1, decisions.md §5–§7, §17).
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

    // The text fields a run sends, besides the e-mail: where an invisible character rejects the row.
    private readonly UserField[] _sentTexts = UserField.Sent(options.ExtraFields)
        .Where(f => f.Kind is not (UserFieldKind.Flag or UserFieldKind.Email)).ToArray();

    public AgressoUser Normalize(SourceRow row) => Normalize(row.RowNumber, column => row[column], row.HasColumn, row.Origin);

    /// <summary>Normalizes from any reader of columns by name (Agresso column or entity property; null when absent).</summary>
    public AgressoUser Normalize(int rowNumber, Func<string, string?> read, Func<string, bool> has, SourceOrigin? origin = null)
    {
        var user = new AgressoUser(rowNumber) { Origin = origin };
        var fields = UserField.All;
        string? Read(UserField f) => has(f.Column) ? read(f.Column) : read(f.Property);

        var rawMail = Read(fields[0]);
        var mail = Text.CleanEmail(rawMail);
        // An e-mail with an invisible character is rejected, but the key it protects is the address as a person reads
        // it: the N2F user of that address must be neither updated nor deleted because of a zero-width space.
        var hidden = InvisibleCharacters.IndexOf(mail);
        var visibleMail = hidden < 0 ? mail : InvisibleCharacters.Remove(mail);
        user.Set(0, visibleMail);
        string? key = visibleMail.Length == 0 ? null : visibleMail;
        if (hidden >= 0) user.AddIssue(InvisibleIssue(user, key, fields[0].Column, mail, hidden));

        for (var i = 1; i < fields.Count; i++)
            user.Set(i, NormalizeField(user, fields[i], Read(fields[i]), key));
        foreach (var field in _sentTexts)
            if (user.Field(field.Index) is string text && InvisibleCharacters.IndexOf(text) is var at and >= 0)
                user.AddIssue(InvisibleIssue(user, key, field.Column, text, at));

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
        if (InvisibleCharacters.IndexOf(user.NewMail) is var inNewMail and >= 0)
            user.AddIssue(InvisibleIssue(user, key, "Nouveau_Email", user.NewMail, inNewMail));
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

    private static DataIssue InvisibleIssue(AgressoUser user, string? key, string column, string text, int at) =>
        Issue(user, key, column, DataIssueKind.InvalidCharacter, InvisibleCharacters.Message(text, at), text);

    private static DataIssue Issue(AgressoUser user, string? key, string field, DataIssueKind kind, string message,
        string? value = null) => new(ScopeNames.Users, user.RowNumber, key, field, kind, message, value);
}
