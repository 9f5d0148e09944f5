

namespace N2fSync.Benchmarks.Data;

/// <summary>
/// Word pools for realistic Belgian and Luxembourg staff: accents, hyphens, both apostrophes (' and ’, which the sync
/// must keep apart), particles with spaces, a few decomposed (NFD) spellings that normalization has to fold to NFC.
/// </summary>
internal static class Names
{
    public static readonly string[] First =
    [
        "Ann", "Élise", "François", "Chloé", "Jean-Luc", "Zoë", "Anaïs", "Noël", "Björn", "Wim", "Sophie", "Bart",
        "Lucas", "Émilie", "Hélène", "Jérôme", "Maël", "Inès", "Gaëlle", "Thérèse", "Nathalie", "Pieter", "Lies",
        "Koen", "Marie-Ève", "Cédric", "Aurélie", "Jörg", "Ségolène", "Raphaël", "Liesbeth", "Joëlle", "Stéphane",
    ];

    public static readonly string[] Last =
    [
        "Peeters", "Dubois", "O'Neil", "D'Hondt", "Van den Broeck", "De Smet", "Lemaire", "Gilson", "Müller",
        "Lambert", "Dupont", "N'Diaye", "Verstraeten", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes",
        "Goossens", "Wouters", "De Clercq", "L’Écuyer", "Saint-Aubin", "Van Acker", "Lefèvre", "D’Alcantara", "Renard",
    ];

    public static readonly string[] JobTitles =
    [
        "Comptable", "Ingénieur de projet", "Responsable financière", "Projectleider", "Assistante de direction",
        "Technicien de maintenance", "Consultant senior", "Boekhouder", "Chef d'équipe", "Commerciale terrain", "",
    ];

    public static readonly string[] ProjectWords =
    [
        "Rénovation école", "Audit énergétique – Hôtel de ville", "Extension crèche", "Voirie rue de l'Église",
        "Renovatie school Sint-Jozef", "Étude de faisabilité", "Maintenance chaufferie", "Façade d’hôpital",
    ];

    public static readonly string[] Cars = ["Škoda Octavia", "Opel Corsa (pool)", "Peugeot 308 SW", "Citroën ë-C4", "Renault Mégane"];

    /// <summary>An e-mail local part from a name: accents and apostrophes folded the way mail systems do.</summary>
    public static string MailPart(string name)
    {
        var folded = name.Normalize(System.Text.NormalizationForm.FormD);
        var chars = new List<char>(folded.Length);
        foreach (var c in folded)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            if (c is ' ' or '’') continue;
            chars.Add(c);
        }
        return new string([.. chars]);
    }
}
