namespace N2fSync.Config;

/// <summary>
/// Which provider a starter file is written for: the one asked for, or the one the location given implies, so
/// <c>New-N2fSyncConfig -CsvFolder ./csv</c> writes a csv config. Two locations, or a location of another provider,
/// are refused rather than written into a file whose first use would fail.
/// </summary>
internal static class ConfigTemplateProvider
{
    public static SourceProvider Resolve(ConfigTemplateOptions o)
    {
        var given = new List<(string Parameter, SourceProvider Provider)>();
        if (o.ConnectionString is not null) given.Add(("-ConnectionString", SourceProvider.SqlServer));
        if (o.SqlitePath is not null) given.Add(("-SqlitePath", SourceProvider.Sqlite));
        if (o.CsvFolder is not null) given.Add(("-CsvFolder", SourceProvider.Csv));

        if (given.Count > 1)
        {
            var names = given.Select(g => g.Parameter).ToList();
            throw new ArgumentException(
                $"{string.Join(", ", names.Take(names.Count - 1))} and {names[names.Count - 1]} name sources of different providers; "
                + "give only the location of the one the file is for.", nameof(o.Provider));
        }

        if (given.Count == 0)
            return o.Provider ?? SourceDefaults.Provider;

        var (parameter, implied) = given[0];
        if (o.Provider is { } requested && requested != implied)
        {
            throw new ArgumentException(
                $"-Provider {requested} contradicts {parameter}, which is the location of a {implied} source; "
                + $"drop -Provider (or pass -Provider {implied}), or give the location of a {requested} source.", nameof(o.Provider));
        }
        return implied;
    }
}
