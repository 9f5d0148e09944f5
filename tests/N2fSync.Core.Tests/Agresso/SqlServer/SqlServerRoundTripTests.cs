using N2fSync.Agresso;
using N2fSync.Agresso.Normalization;
using N2fSync.Agresso.SqlServer;
using N2fSync.Config;
using N2fSync.Scopes;
using N2fSync.Tests.Support;
using N2fSync.TdsResponder;

namespace N2fSync.Tests.Agresso.SqlServer;

/// <summary>
/// The SQL Server source through a real driver, against a TDS endpoint serving the two views with their SQL Server
/// types (tests/N2fSync.TdsResponder): login, the built-in queries, nvarchar/int/float/datetime/bit and NULL, and what
/// the normalizer makes of them. Every driver the module may choose runs the same specification.
/// </summary>
public abstract class SqlServerRoundTripTests : IAsyncLifetime
{
    private const string User = "n2f_reader";
    private const string Password = "Agr3sso-P@ss;word";

    /// <summary>The driver under test.</summary>
    private protected abstract SqlServerDriver Driver();

    private protected readonly TdsResponder.TdsResponder _server =
        new(User, Password, [AgressoViews.Users(), AgressoViews.Analytics()]);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private protected SqlServerAgressoSource Source(string? password = Password, string encrypt = ";Encrypt=False") => new(new SourceOptions
    {
        Provider = SourceProvider.SqlServer,
        // The responder does not encrypt (PRELOGIN answers ENCRYPT_NOT_SUP), so the client must allow it.
        ConnectionString = $"Server={_server.DataSource};Database=AGRPROD;Connect Timeout=10{encrypt}",
        User = User,
        Password = password,
    }, Driver());

    private static AgressoView Users => AgressoQueries.ForUsers(new ViewOptions { View = AgressoViews.UsersView });

    private static AgressoView Analytics => AgressoQueries.ForAnalytics(new ViewOptions { View = AgressoViews.AnalyticsView });

    private List<SourceRow> Read(AgressoView view) =>
        Source().ReadRows(view, CancellationToken.None).ToList();

    [Fact]
    public void Logs_in_with_the_user_and_password_of_the_options_to_the_configured_database()
    {
        Read(Users);

        var login = Assert.Single(_server.Logins);
        Assert.Equal(User, login.UserName);
        Assert.Equal(Password, login.Password);
        Assert.Equal("AGRPROD", login.Database);
    }

    [Fact]
    public void Sends_the_built_in_users_query_and_gets_rows_in_the_views_own_order()
    {
        var rows = Read(Users);

        // No ORDER BY: a row number in an error is the row's position in the view, as an admin querying it sees it.
        Assert.Contains("FROM iris_N2F_User", Assert.Single(_server.Statements));
        Assert.Equal(
            ["Wim.Verstraeten@Example.be", "Ann.Peeters@example.be", "chloe.o'neil@example.be", "lucas.dhondt@example.be"],
            rows.Select(r => r["AdresseEmail"]));
        Assert.Equal(Enumerable.Range(1, 4), rows.Select(r => r.RowNumber));
    }

    [Fact]
    public void Hands_normalization_bit_float_int_and_null_as_invariant_text()
    {
        var chloe = Read(Users).Single(r => r["Prenom"] == "Chloé");

        Assert.Equal("O'Neil", chloe["Nom"]);
        Assert.Equal("Chargée d'études", chloe["Fonction"]);
        Assert.Equal("true", chloe["Deduction_Distance_TravDom"]);
        Assert.Equal("false", chloe["Moyen_Paiement_Prof"]);
        Assert.Equal("8.5", chloe["Distance_TravDom"]);
        Assert.Equal("10", chloe["CompanyID"]);
        Assert.Equal("00042", chloe["Matricule"]);
        Assert.True(chloe.HasColumn("Structure"));
        Assert.Null(chloe["Structure"]);
    }

    [Fact]
    public void Users_normalize_from_sql_server_types()
    {
        var normalizer = new UserNormalizer(new UsersOptions());
        var users = Read(Users).Select(normalizer.Normalize).ToDictionary(u => u.Mail);

        var wim = users["wim.verstraeten@example.be"];
        Assert.Equal("", wim.ManagerMail);
        Assert.True(wim.ProPayment && wim.CanCreateVehicle && wim.CanRaiseLimits);
        Assert.False(wim.PersonalCarNeedsApproval);
        var chloe = users["chloe.o'neil@example.be"];
        Assert.Equal(("Chloé", "O'Neil"), (chloe.FirstName, chloe.LastName));
        Assert.Equal("ann.peeters@example.be", chloe.ManagerMail);
        Assert.True(chloe.RemoveHomeWorkDistance);
        Assert.Equal("8.5", chloe.HomeWorkDistance);
        Assert.Equal("L3", chloe.Structure);
        var lucas = users["lucas.dhondt@example.be"];
        Assert.Equal(("Utilisateur", "Standard"), (lucas.Role, lucas.Profile));
        Assert.False(lucas.ProPayment || lucas.CanCreateVehicle || lucas.CanRaiseLimits);
        Assert.Equal("lucas.d-hondt@example.be", lucas.NewMail);
        Assert.All(users.Values, u => Assert.True(u.IsValid, string.Join("; ", u.Issues.Select(i => i.Message))));
    }

    [Fact]
    public void Analytics_normalize_from_datetime_columns_with_2099_12_31_as_no_end()
    {
        var scopes = new ScopeCatalog(new N2fSyncConfig { Axes = BuiltInAxisScopes.Create() }).All.ToArray();
        var rows = AnalyticsRows.Read(Source(), Analytics, scopes, new CollectingLog(), CancellationToken.None);

        var projects = rows.Of(scopes.Single(s => s.Name == "projects")).ToDictionary(v => v.Code);
        Assert.Equal((new DateTime(2026, 1, 1), (DateTime?)null), (projects["PRJ-0042"].ValidFrom, projects["PRJ-0042"].ValidTo));
        Assert.Equal("Rénovation école", projects["PRJ-0042"].Description);
        Assert.Equal((new DateTime(2025, 6, 15), new DateTime(2026, 12, 31)), (projects["PRJ-0043"].ValidFrom, projects["PRJ-0043"].ValidTo));
        Assert.Equal("Škoda Octavia", Assert.Single(rows.Of(scopes.Single(s => s.Name == "plates"))).Description);
        var subpost = Assert.Single(rows.Of(scopes.Single(s => s.Name == "subposts")));
        Assert.Equal(((DateTime?)null, (DateTime?)null, "C"), (subpost.ValidFrom, subpost.ValidTo, subpost.Status));
        Assert.All(projects.Values, v => Assert.True(v.IsValid));
    }

    [Fact]
    public void A_wrong_password_is_a_login_failure_that_never_shows_the_password()
    {
        const string wrong = "Wr0ng-Secr3t!";
        var ex = Assert.Throws<AgressoSourceException>(() => Source(password: wrong).ReadRows(Users, CancellationToken.None).ToList());

        Assert.Contains("cannot connect", ex.Message);
        Assert.Contains($"Login failed for user '{User}'", ex.Message);
        Assert.Contains(_server.DataSource, ex.Message);
        Assert.DoesNotContain(wrong, ex.ToString());
        Assert.Equal(wrong, Assert.Single(_server.Logins).Password);
    }

    [Fact]
    public void A_view_the_server_does_not_have_is_an_error_naming_it()
    {
        var missing = AgressoQueries.ForUsers(new ViewOptions { View = "iris_N2F_Utilisateurs" });

        var ex = Assert.Throws<AgressoSourceException>(() =>
            Source().ReadRows(missing, CancellationToken.None).ToList());

        Assert.Contains("the query failed", ex.Message);
        Assert.Contains("Invalid object name 'iris_N2F_Utilisateurs'", ex.Message);
    }

    [Fact]
    public void Without_encrypt_false_a_server_that_cannot_encrypt_is_refused_before_the_login_is_sent()
    {
        var ex = Assert.Throws<AgressoSourceException>(() => Source(encrypt: "").ReadRows(Users, CancellationToken.None).ToList());

        Assert.Contains("cannot connect", ex.Message);
        Assert.Empty(_server.Logins);
    }
}
