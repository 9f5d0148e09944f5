using System.Globalization;
using System.Text;

namespace N2fSync.Benchmarks.Data;

/// <summary>
/// Generates rows of the users view (domain.md §3.1) in the built-in query's column order: companies of different sizes,
/// a manager hierarchy per company (managers always earlier rows, so no cycles), mixed-case e-mails, every flag
/// spelling, roles and profiles in French or Dutch or empty, and a little dirt (trailing spaces, NFD accents).
/// </summary>
internal static class UserRows
{
    public static readonly string[] Columns =
    [
        "AdresseEmail", "Prenom", "Nom", "Entreprise", "Fonction", "Role", "Profil", "Manager", "Compte_Auxiliaire_Agresso",
        "Moyen_Paiement_Prof", "Compte_Auxiliaire2", "Matricule", "Centre_Cout", "Creation_Vehicule", "Appro_Veh_Adm",
        "Deduction_Distance_TravDom", "Distance_TravDom", "Devise", "langue", "Structure", "Champs_Liaison_SSO",
        "Droit_Relever_Plafond", "Methode_SSO", "Update_Champs_Perso", "Nouveau_Email", "Action", "CompanyID", "LocationID",
        "DivisionID",
    ];

    private static readonly string?[] TrueFlags = ["1", "yes", "true", "Y", "on", "1", "1"];
    private static readonly string?[] FalseFlags = ["0", "no", "false", "N", "off", null, "", "0", "0"];
    private static readonly string[] CostCentres = ["CC-FIN", "CC-PRJ", "CC-ADM", "CC-OPS", "CC-SAL"];

    public static List<string?[]> Generate(int count, Random random)
    {
        var rows = new List<string?[]>(count);
        var managers = BenchCompany.All.ToDictionary(c => c.Code, _ => new List<string>());
        for (var i = 0; i < count; i++)
        {
            var company = BenchCompany.Pick(random);
            var first = Names.First[random.Next(Names.First.Length)];
            var last = Names.Last[random.Next(Names.Last.Length)];
            var mail = $"{Names.MailPart(first)}.{Names.MailPart(last)}{i}@{company.Domain}";
            if (random.Next(3) != 0) mail = mail.ToLowerInvariant();
            var bosses = managers[company.Code];
            var manager = bosses.Count == 0 ? null : bosses[random.Next(bosses.Count)];
            var isManager = bosses.Count == 0 || random.Next(100) < 8;
            if (isManager) bosses.Add(mail);

            var row = new string?[Columns.Length];
            row[0] = mail;
            row[1] = Dirty(first, random);
            row[2] = last;
            row[3] = company.Code;
            row[4] = Names.JobTitles[random.Next(Names.JobTitles.Length)];
            row[5] = isManager ? "Manager" : Pick(random, (3, "Administrateur"), (10, "Gebruiker"), (10, null), (77, "Utilisateur"));
            row[6] = Pick(random, (15, "Cadre"), (5, "Kader"), (10, null), (70, "Standard"));
            row[7] = manager is null ? null : MixCase(manager, random);
            row[8] = "401" + i.ToString("D6", CultureInfo.InvariantCulture);
            row[9] = Flag(random);
            row[10] = random.Next(2) == 0 ? null : "499" + i.ToString("D6", CultureInfo.InvariantCulture);
            row[11] = i.ToString("D6", CultureInfo.InvariantCulture);
            row[12] = CostCentres[random.Next(CostCentres.Length)];
            row[13] = Flag(random);
            row[14] = Flag(random);
            row[15] = Flag(random);
            row[16] = random.Next(4) == 0 ? null : (random.Next(1, 800) / 10.0).ToString(CultureInfo.InvariantCulture);
            row[17] = "EUR";
            row[18] = Pick(random, (55, "fr"), (40, "nl"), (5, "en"));
            row[19] = Pick(random, (5, "L1"), (20, "L2"), (50, "L3"), (25, null));
            row[20] = (Names.MailPart(first).Substring(0, 1) + Names.MailPart(last)).ToLowerInvariant() + i.ToString(CultureInfo.InvariantCulture);
            row[21] = Flag(random);
            row[22] = Pick(random, (40, "Saml"), (30, "Sso"), (30, "Integrated"));
            row[23] = Flag(random);
            row[24] = null;
            row[25] = random.Next(10) == 0 ? "U" : null;
            row[26] = "10";
            row[27] = company.Code == "LU01" ? "LUX" : "BRU";
            row[28] = "FIN";
            rows.Add(row);
        }
        return rows;
    }

    private static string? Flag(Random random) =>
        random.Next(100) < 30 ? TrueFlags[random.Next(TrueFlags.Length)] : FalseFlags[random.Next(FalseFlags.Length)];

    private static string? Pick(Random random, params (int Weight, string? Value)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (weight, value) in choices)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        return choices[^1].Value;
    }

    /// <summary>What an ERP export does to a few names: a trailing space, or accents stored decomposed (NFD).</summary>
    private static string Dirty(string name, Random random) => random.Next(100) switch
    {
        < 2 => name + " ",
        < 3 => name.Normalize(NormalizationForm.FormD),
        _ => name,
    };

    private static string MixCase(string mail, Random random) =>
        random.Next(4) == 0 ? char.ToUpperInvariant(mail[0]) + mail.Substring(1) : mail;
}
