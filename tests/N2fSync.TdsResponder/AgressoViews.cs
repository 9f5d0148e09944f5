namespace N2fSync.TdsResponder;

/// <summary>
/// The two Agresso views as SQL Server types them at the reference customer: text as nvarchar, flags as bit, the
/// home-work distance as float, ids as int, validity dates as datetime; NULL where the view has no value. Rows
/// carry what the normalizer must survive: accents, apostrophes, mixed-case e-mails, a head with no manager,
/// 2099-12-31 as "no end".
/// </summary>
public static class AgressoViews
{
    public const string UsersView = "iris_N2F_User";
    public const string AnalyticsView = "iris_N2F_Analytics";

    public static TdsTable Users() => new TdsTable(UsersView,
            TdsColumn.NVarChar("AdresseEmail", 254), TdsColumn.NVarChar("Prenom", 100), TdsColumn.NVarChar("Nom", 100),
            TdsColumn.NVarChar("Entreprise", 25), TdsColumn.NVarChar("Fonction", 100), TdsColumn.NVarChar("Role", 50),
            TdsColumn.NVarChar("Profil", 50), TdsColumn.NVarChar("Manager", 254), TdsColumn.NVarChar("Compte_Auxiliaire_Agresso", 25),
            TdsColumn.Bit("Moyen_Paiement_Prof"), TdsColumn.NVarChar("Compte_Auxiliaire2", 25), TdsColumn.NVarChar("Matricule", 25),
            TdsColumn.NVarChar("Centre_Cout", 25), TdsColumn.Bit("Creation_Vehicule"), TdsColumn.Bit("Appro_Veh_Adm"),
            TdsColumn.Bit("Deduction_Distance_TravDom"), TdsColumn.Float("Distance_TravDom"), TdsColumn.NVarChar("Devise", 3),
            TdsColumn.NVarChar("langue", 5), TdsColumn.NVarChar("Structure", 10), TdsColumn.NVarChar("Champs_Liaison_SSO", 100),
            TdsColumn.Bit("Droit_Relever_Plafond"), TdsColumn.NVarChar("Methode_SSO", 25), TdsColumn.Bit("Update_Champs_Perso"),
            TdsColumn.NVarChar("Nouveau_Email", 254), TdsColumn.NVarChar("Action", 1), TdsColumn.Int("CompanyID"),
            TdsColumn.NVarChar("LocationID", 10), TdsColumn.NVarChar("DivisionID", 10))
        .Add("Wim.Verstraeten@Example.be", "Wim", "Verstraeten", "BE01", "Directeur général", "Manager", "Cadre", null,
            "40100100", true, "49900100", "00100", "CC-DIR", true, false, true, 35.0, "EUR", "nl", "L1", "wverstraeten",
            true, "Saml", true, null, "U", 10, "BRU", "DIR")
        .Add("Ann.Peeters@example.be", "Ann", "Peeters", "BE01", "Responsable financière", "Manager", "Standard",
            "wim.verstraeten@example.be", "40100101", true, "49900101", "00101", "CC-FIN", false, true, false, 12.0, "EUR",
            "nl", "L2", "apeeters", true, "Saml", false, null, "U", 10, "BRU", "FIN")
        .Add("chloe.o'neil@example.be", "Chloé", "O'Neil", "BE01", "Chargée d'études", "Utilisateur", "Standard",
            "Ann.Peeters@Example.BE", "40100102", false, null, "00042", "CC-FIN", false, false, true, 8.5, "EUR", "fr", null,
            "coneil", false, "Sso", false, null, null, 10, "BRU", "FIN")
        .Add("lucas.dhondt@example.be", "Lucas", "D'Hondt", "BE01", "Technicien", null, null, "ann.peeters@example.be",
            "40100108", null, null, "00108", "CC-TEC", null, null, null, null, "EUR", "fr", null, null, null, "Integrated",
            null, "lucas.d-hondt@example.be", null, 10, "LGE", "TEC");

    public static TdsTable Analytics() => new TdsTable(AnalyticsView,
            TdsColumn.NVarChar("typ", 25), TdsColumn.NVarChar("client", 25), TdsColumn.NVarChar("code", 50),
            TdsColumn.NVarChar("description", 255), TdsColumn.NVarChar("status", 1), TdsColumn.DateTime("date_from"),
            TdsColumn.DateTime("date_to"))
        .Add("PROJECT", "BE01", "PRJ-0042", "Rénovation école", "N", new DateTime(2026, 1, 1), new DateTime(2099, 12, 31))
        .Add("PROJECT", "BE01", "PRJ-0043", "Extension de l'usine d'Herstal", "N", new DateTime(2025, 6, 15), new DateTime(2026, 12, 31))
        .Add("PLAQUE", "BE01", "1-ABC-123", "Škoda Octavia", "N", new DateTime(2024, 3, 1), new DateTime(2099, 12, 31))
        .Add("SUBPOST", "BE01", "SP-10", "Déplacements", "C", null, null);
}
