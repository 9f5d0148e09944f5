using N2fSync.Agresso;
using N2fSync.Config;

namespace N2fSync.Tests.Agresso;

public sealed class AgressoQueriesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly string[] UserColumns =
    [
        "AdresseEmail", "Prenom", "Nom", "Entreprise", "Fonction", "Role", "Profil", "Manager",
        "Compte_Auxiliaire_Agresso", "Moyen_Paiement_Prof", "Compte_Auxiliaire2", "Matricule", "Centre_Cout",
        "Creation_Vehicule", "Appro_Veh_Adm", "Deduction_Distance_TravDom", "Distance_TravDom", "Devise",
        "langue", "Structure", "Champs_Liaison_SSO", "Droit_Relever_Plafond", "Methode_SSO",
        "Update_Champs_Perso", "Nouveau_Email", "Action", "CompanyID", "LocationID", "DivisionID",
    ];

    [Fact]
    public void Built_in_users_query_selects_exactly_the_columns_of_the_users_view()
    {
        var view = AgressoQueries.ForUsers(new ViewOptions { View = SampleFiles.UsersView });

        var row = new SqliteAgressoSource(_temp.CopySample("agresso-sample.db")).ReadRows(view, CancellationToken.None).First();

        Assert.Equal(UserColumns, row.Values.Keys);
    }

    [Fact]
    public void Built_in_analytics_query_selects_exactly_the_columns_of_the_analytics_view()
    {
        var view = AgressoQueries.ForAnalytics(new ViewOptions { View = SampleFiles.AnalyticsView });

        var row = new SqliteAgressoSource(_temp.CopySample("agresso-sample.db")).ReadRows(view, CancellationToken.None).First();

        Assert.Equal(["typ", "client", "code", "description", "status", "date_from", "date_to"], row.Values.Keys);
    }

    [Fact]
    public void The_view_placeholder_is_replaced_by_the_configured_view()
    {
        var view = AgressoQueries.ForAnalytics(new ViewOptions { View = "dbo.iris_N2F_Analytics_Test" });

        Assert.Equal("dbo.iris_N2F_Analytics_Test", view.Name);
        Assert.Contains("FROM dbo.iris_N2F_Analytics_Test", view.QueryText);
        Assert.DoesNotContain(AgressoQueries.ViewPlaceholder, view.QueryText);
    }

    [Fact]
    public void A_query_file_replaces_the_built_in_text()
    {
        var path = _temp.Write("dev-users.sql", "SELECT * FROM {view} WHERE AdresseEmail IN ('ann.peeters@example.be')", bom: true);

        var view = AgressoQueries.ForUsers(new ViewOptions { View = SampleFiles.UsersView, Query = path });

        Assert.Equal("SELECT * FROM iris_N2F_User WHERE AdresseEmail IN ('ann.peeters@example.be')", view.QueryText);
    }

    [Fact]
    public void A_missing_query_file_is_an_error_naming_its_path_and_key()
    {
        var path = _temp.File("missing.sql");

        var ex = Assert.Throws<AgressoSourceException>(() =>
            AgressoQueries.ForAnalytics(new ViewOptions { View = SampleFiles.AnalyticsView, Query = path }));

        Assert.Contains(path, ex.Message);
        Assert.Contains("source.analytics.query", ex.Message);
    }

    [Theory]
    [InlineData("iris_N2F_User; DROP TABLE x")]
    [InlineData("iris_N2F_User -- comment")]
    [InlineData("iris_N2F_User'")]
    public void A_view_name_that_is_not_a_plain_name_is_refused(string name) =>
        Assert.Throws<AgressoSourceException>(() => AgressoQueries.ForUsers(new ViewOptions { View = name }));

    [Fact]
    public void An_empty_view_name_is_an_error_naming_the_key()
    {
        var ex = Assert.Throws<AgressoSourceException>(() => AgressoQueries.ForUsers(new ViewOptions { View = " " }));

        Assert.Contains("source.users.view", ex.Message);
    }
}
