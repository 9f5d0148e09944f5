

namespace N2fSync.Emulator;

internal static class LocalizedNames
{
    public static LocalizedName[] From((string Culture, string Value)[] names) =>
        names.Select(n => new LocalizedName(n.Culture, n.Value)).ToArray();

    // "nl" also matches a name stored as "nl-BE" (and the other way round): N2F accounts use either form.
    public static string? Pick(IReadOnlyList<LocalizedName> names, string culture) =>
        Find(names, culture) ?? Find(names, "fr") ?? names.FirstOrDefault()?.Value;

    private static string? Find(IReadOnlyList<LocalizedName> names, string culture)
    {
        var exact = names.FirstOrDefault(n => string.Equals(n.Culture, culture, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact.Value;
        }

        var language = Language(culture);
        return names.FirstOrDefault(n => string.Equals(Language(n.Culture), language, StringComparison.OrdinalIgnoreCase))?.Value;
    }

    private static string Language(string culture)
    {
        var dash = culture.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? culture : culture[..dash];
    }
}
