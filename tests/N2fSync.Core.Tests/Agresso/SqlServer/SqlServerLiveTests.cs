using N2fSync.Agresso.Normalization;
using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.Mapping;
using N2fSync.Scopes;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Agresso.SqlServer;

/// <summary>
/// Against a real SQL Server holding samples/agresso-sample.sqlserver.sql (the SQLite sample's rows with SQL Server
/// types): the source, through the driver the module chooses, must give normalization what the SQLite sample gives.
/// </summary>
public sealed class SqlServerLiveTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static SqlServerAgressoSource Server(string? password = null) => new(new SourceOptions
    {
        Provider = SourceProvider.SqlServer, ConnectionString = SqlServerFactAttribute.ConnectionString, Password = password,
    });

    private SqliteAgressoSource Sample() => new(_temp.CopySample("agresso-sample.db"));

    private static AgressoView Users => AgressoQueries.ForUsers(new ViewOptions { View = SampleFiles.UsersView });

    [SqlServerFact]
    public void Users_normalize_as_the_sqlite_sample_does()
    {
        var fromServer = NormalizedUsers(Server());
        var fromSample = NormalizedUsers(Sample());

        Assert.Equal(25, fromServer.Count);
        Assert.Equal(fromSample, fromServer);
    }

    [SqlServerFact]
    public void Axis_values_normalize_as_the_sqlite_sample_does()
    {
        var fromServer = NormalizedAxisValues(Server());
        var fromSample = NormalizedAxisValues(Sample());

        Assert.NotEmpty(fromServer);
        Assert.Equal(fromSample, fromServer);
    }

    [SqlServerFact]
    public void A_wrong_password_is_refused_without_showing_it()
    {
        const string wrong = "N0t-The-Passw0rd!";

        var ex = Assert.Throws<AgressoSourceException>(() => Server(password: wrong).ReadRows(Users, CancellationToken.None).ToList());

        Assert.Contains("Login failed", ex.Message);
        Assert.DoesNotContain(wrong, ex.ToString());
    }

    // Keyed, not in order: the two databases may collate the e-mails' punctuation differently.
    private static SortedDictionary<string, string> NormalizedUsers(IAgressoSource source)
    {
        var normalizer = new UserNormalizer(new UsersOptions());
        return new SortedDictionary<string, string>(source.ReadRows(Users, CancellationToken.None)
            .Select(normalizer.Normalize)
            .ToDictionary(u => u.Key, u => string.Join(" | ", UserField.All.Select((f, i) => $"{f.N2fName}={u.Field(i)}"))
                                           + $" | newMail={u.NewMail} | valid={u.IsValid}"), StringComparer.Ordinal);
    }

    private static SortedDictionary<string, string> NormalizedAxisValues(IAgressoSource source)
    {
        var scopes = new ScopeCatalog(new N2fSyncConfig { Axes = BuiltInAxisScopes.Create() }).All.ToArray();
        var rows = AnalyticsRows.Read(source, AgressoQueries.ForAnalytics(new ViewOptions { View = SampleFiles.AnalyticsView }),
            scopes, new CollectingLog(), CancellationToken.None);
        return new SortedDictionary<string, string>(scopes.SelectMany(rows.Of).ToDictionary(
            v => $"{v.Scope}/{v.CompanyCode}/{v.Code}",
            v => $"{v.Description} | {v.Status} | {ValidityDate.ToDayText(v.ValidFrom)} | {ValidityDate.ToDayText(v.ValidTo)} | valid={v.IsValid}"),
            StringComparer.Ordinal);
    }
}
