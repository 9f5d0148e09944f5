

namespace N2fSync.Mapping;

/// <summary>How a user field is normalized and compared.</summary>
internal enum UserFieldKind { Email, ManagerEmail, Text, Flag, Company, Role, Profile, Structure, AuthMode }

/// <summary>
/// One mapped user field: the N2F payload name, the Agresso column it comes from, the property name of
/// <see cref="Agresso.AgressoUser"/> (so objects from Import-Csv or Import-Clixml bind by either name), and its kind.
/// </summary>
internal sealed record UserField(string N2fName, string Column, string Property, UserFieldKind Kind, bool Optional = false)
{
    /// <summary>The field table of domain.md §5.1: every field the payload can send, in payload order.</summary>
    public static IReadOnlyList<UserField> All { get; } =
    [
        new("mail", "AdresseEmail", "Mail", UserFieldKind.Email),
        new("firstname", "Prenom", "FirstName", UserFieldKind.Text),
        new("lastname", "Nom", "LastName", UserFieldKind.Text),
        new("company", "Entreprise", "Company", UserFieldKind.Company),
        new("role", "Role", "Role", UserFieldKind.Role),
        new("profile", "Profil", "Profile", UserFieldKind.Profile),
        new("managerMail", "Manager", "ManagerMail", UserFieldKind.ManagerEmail),
        new("canCreateVehicle", "Creation_Vehicule", "CanCreateVehicle", UserFieldKind.Flag),
        new("personnalCarHaveToBeApproved", "Appro_Veh_Adm", "PersonalCarNeedsApproval", UserFieldKind.Flag),
        new("removeHomeWorkDistance", "Deduction_Distance_TravDom", "RemoveHomeWorkDistance", UserFieldKind.Flag),
        new("culture", "langue", "Culture", UserFieldKind.Text),
        new("currencyIsoCode", "Devise", "CurrencyIsoCode", UserFieldKind.Text),
        new("jobTitle", "Fonction", "JobTitle", UserFieldKind.Text),
        new("employeeNumber", "Matricule", "EmployeeNumber", UserFieldKind.Text),
        new("structure", "Structure", "Structure", UserFieldKind.Structure),
        new("gotProPayment", "Moyen_Paiement_Prof", "ProPayment", UserFieldKind.Flag),
        new("accountingAuxiliaryAccount", "Compte_Auxiliaire_Agresso", "AccountingAuxiliaryAccount", UserFieldKind.Text),
        new("canRaiseLimits", "Droit_Relever_Plafond", "CanRaiseLimits", UserFieldKind.Flag),
        new("authMode", "Methode_SSO", "AuthMode", UserFieldKind.AuthMode),
        // Mapped by the earlier tool but never sent; sent only when listed in users.extraFields.
        new("defaultCostCenter", "Centre_Cout", "DefaultCostCenter", UserFieldKind.Text, Optional: true),
        new("ssoLogin", "Champs_Liaison_SSO", "SsoLogin", UserFieldKind.Text, Optional: true),
        new("accountingAuxiliaryNotReimbursableAccount", "Compte_Auxiliaire2", "AccountingAuxiliaryNotReimbursableAccount",
            UserFieldKind.Text, Optional: true),
        new("canDefineHisAnalytics", "Update_Champs_Perso", "CanDefineOwnAnalytics", UserFieldKind.Flag, Optional: true),
    ];

    // By N2F name, case-insensitively as N2F's JSON members were always read; entities keep their values in this order.
    private static readonly Dictionary<string, int> IndexByName =
        All.Select((f, i) => (f.N2fName, i)).ToDictionary(p => p.N2fName, p => p.i, StringComparer.OrdinalIgnoreCase);

    /// <summary>Position of the field in <see cref="All"/>: where entities keep its value.</summary>
    public int Index => IndexByName[N2fName];

    public static bool TryIndexOf(string n2fName, out int index) => IndexByName.TryGetValue(n2fName, out index);

    public static int IndexOf(string n2fName) => IndexByName[n2fName];

    public static IReadOnlyList<string> OptionalNames { get; } = All.Where(f => f.Optional).Select(f => f.N2fName).ToArray();

    /// <summary>The fields a run sends: all mandatory ones plus the optional ones listed in the config.</summary>
    public static IReadOnlyList<UserField> Sent(IEnumerable<string> extraFields)
    {
        var extras = new HashSet<string>(extraFields, StringComparer.OrdinalIgnoreCase);
        return All.Where(f => !f.Optional || extras.Contains(f.N2fName)).ToArray();
    }
}
