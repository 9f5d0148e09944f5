using N2fSync.Agresso.Normalization;
using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.N2f;

namespace N2fSync.Tests.Support;

/// <summary>Realistic data of docs/domain.md (§9), composed for tests.</summary>
internal static class Fixtures
{
    public static N2fSyncConfig Config() => new() { Name = "test" };

    /// <summary>The N2F account the store's per-target parts of a test belong to.</summary>
    public static N2fTarget Target { get; } = new("https://sandbox.n2f.com/services/api/v2/", "test-client");

    public static N2fDirectory Directory() => new(
        [new N2fCompany("c-1", "BE01", "Acme Belgium"), new N2fCompany("c-2", "BE02", "Acme Wallonie")],
        new CultureNameMap("role",
        [
            [("fr", "Utilisateur"), ("nl", "Gebruiker"), ("en", "User")],
            [("fr", "Manager"), ("nl", "Manager"), ("en", "Manager")],
            [("fr", "Administrateur"), ("nl", "Beheerder"), ("en", "Administrator")],
        ]),
        new CultureNameMap("profile",
        [
            [("fr", "Standard"), ("nl", "Standaard"), ("en", "Standard")],
            [("fr", "Cadre"), ("nl", "Kader"), ("en", "Executive")],
        ]));

    /// <summary>A users-view row with sensible values; override any column.</summary>
    public static Dictionary<string, string?> Row(string mail, params (string Column, string? Value)[] overrides)
    {
        var row = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["AdresseEmail"] = mail, ["Prenom"] = "Ann", ["Nom"] = "Peeters", ["Entreprise"] = "BE01",
            ["Fonction"] = "Comptable", ["Role"] = "Utilisateur", ["Profil"] = "Standard", ["Manager"] = "",
            ["Compte_Auxiliaire_Agresso"] = "401000", ["Moyen_Paiement_Prof"] = "0", ["Matricule"] = "00123",
            ["Creation_Vehicule"] = "1", ["Appro_Veh_Adm"] = "0", ["Deduction_Distance_TravDom"] = "no",
            ["Devise"] = "EUR", ["langue"] = "fr", ["Structure"] = "L2", ["Droit_Relever_Plafond"] = "false",
            ["Methode_SSO"] = "Sso",
        };
        foreach (var (column, value) in overrides) row[column] = value;
        return row;
    }

    public static AgressoUser User(int rowNumber, Dictionary<string, string?> row, UsersOptions? options = null) =>
        new UserNormalizer(options ?? new UsersOptions()).Normalize(new SourceRow(rowNumber, row));

    public static AgressoUser User(string mail, params (string Column, string? Value)[] overrides) =>
        User(1, Row(mail, overrides));

    /// <summary>The N2F answer for a user in step with <see cref="Row"/>: role and profile in Dutch, as N2F answers.</summary>
    public static N2fUser N2f(string mail, params (string Field, object? Value)[] overrides)
    {
        var fields = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
        {
            ["uuid"] = Guid.NewGuid().ToString(), ["mail"] = mail, ["firstname"] = "Ann", ["lastname"] = "Peeters",
            ["company"] = "c-1", ["role"] = "Gebruiker", ["profile"] = "Standaard", ["managerMail"] = null,
            ["canCreateVehicle"] = true, ["personnalCarHaveToBeApproved"] = false, ["removeHomeWorkDistance"] = false,
            ["culture"] = "fr", ["currencyIsoCode"] = "EUR", ["jobTitle"] = "Comptable", ["employeeNumber"] = "00123",
            ["structure"] = "L2", ["gotProPayment"] = false, ["accountingAuxiliaryAccount"] = "401000",
            ["canRaiseLimits"] = false, ["authMode"] = "Sso", ["createdAt"] = "2026-01-01T00:00:00Z",
        };
        foreach (var (field, value) in overrides) fields[field] = value;
        var companyId = fields["company"] as string;
        return new N2fUser(fields, companyId == "c-1" ? "BE01" : companyId == "c-2" ? "BE02" : null);
    }
}
