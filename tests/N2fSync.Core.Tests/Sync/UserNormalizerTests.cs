using N2fSync.Agresso;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Sync;

public sealed class UserNormalizerTests
{
    [Fact]
    public void Normalize_MixedCaseEmail_IsLowerCasedKey()
    {
        var user = Fixtures.User("Ann.Peeters@Example.BE");
        Assert.Equal("ann.peeters@example.be", user.Key);
    }

    [Fact]
    public void Normalize_ManagerEmail_IsLowerCased()
    {
        var user = Fixtures.User("jean-luc.dubois@example.be", ("Manager", " Ann.Peeters@example.be "));
        Assert.Equal("ann.peeters@example.be", user.ManagerMail);
    }

    [Theory]
    [InlineData("nan")]
    [InlineData("None")]
    [InlineData("")]
    [InlineData(null)]
    public void Normalize_EmptyMarkerManager_BecomesEmpty(string? manager)
    {
        Assert.Equal("", Fixtures.User("a@example.be", ("Manager", manager)).ManagerMail);
    }

    [Theory]
    [InlineData("")]
    [InlineData("nan")]
    [InlineData("  ")]
    public void Normalize_EmptyStructure_DefaultsToL3(string structure)
    {
        Assert.Equal("L3", Fixtures.User("a@example.be", ("Structure", structure)).Structure);
    }

    [Fact]
    public void Normalize_SamlAuthMode_BecomesSso()
    {
        Assert.Equal("Sso", Fixtures.User("a@example.be", ("Methode_SSO", "Saml")).AuthMode);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("TRUE", true)]
    [InlineData(" yes ", true)]
    [InlineData("Y", true)]
    [InlineData("on", true)]
    [InlineData("2", true)]
    [InlineData("0", false)]
    [InlineData("False", false)]
    [InlineData("no", false)]
    [InlineData("n", false)]
    [InlineData("OFF", false)]
    [InlineData("", false)]
    public void Normalize_FlagSpellings_BecomeBooleans(string raw, bool expected)
    {
        var user = Fixtures.User("a@example.be", ("Moyen_Paiement_Prof", raw));
        Assert.True(user.IsValid);
        Assert.Equal(expected, user.ProPayment);
    }

    [Fact]
    public void Normalize_UnreadableFlag_RejectsRowNamingColumnAndRow()
    {
        var user = Fixtures.User(7, Fixtures.Row("chloe.o'neil@example.be", ("Creation_Vehicule", "peut-être")));
        Assert.False(user.IsValid);
        var issue = Assert.Single(user.Issues);
        Assert.Equal(DataIssueKind.InvalidFlag, issue.Kind);
        Assert.Equal("Creation_Vehicule", issue.Field);
        Assert.Equal(7, issue.RowNumber);
        Assert.Equal("chloe.o'neil@example.be", issue.Key);
    }

    [Fact]
    public void Normalize_InvalidEmail_RejectsRowWithItsKeyKept()
    {
        var user = Fixtures.User("ann.peeters(at)example.be");
        Assert.False(user.IsValid);
        Assert.Contains(user.Issues, i => i.Kind == DataIssueKind.InvalidEmail && i.Field == "AdresseEmail");
    }

    [Fact]
    public void Normalize_ApostropheInLocalPart_IsAValidEmail()
    {
        Assert.True(Fixtures.User("chloe.o'neil@example.be").IsValid);
    }

    [Fact]
    public void Normalize_MissingFirstName_IsMissingRequired()
    {
        var user = Fixtures.User("a@example.be", ("Prenom", " "));
        Assert.Contains(user.Issues, i => i.Kind == DataIssueKind.MissingRequired && i.Field == "Prenom");
    }

    [Fact]
    public void Normalize_SelfManager_IsRejected()
    {
        var user = Fixtures.User("ann.peeters@example.be", ("Manager", "ANN.PEETERS@example.be"));
        Assert.Contains(user.Issues, i => i.Kind == DataIssueKind.SelfManager);
    }

    [Fact]
    public void Normalize_NewEmail_IsAPendingRenameThatDoesNotBlock()
    {
        var user = Fixtures.User("ann.peeters@example.be", ("Nouveau_Email", "Ann.Janssens@example.be"));
        Assert.True(user.IsValid);
        var issue = Assert.Single(user.Issues);
        Assert.Equal(DataIssueKind.PendingRename, issue.Kind);
        Assert.Equal("ann.janssens@example.be", user.NewMail);
    }

    [Fact]
    public void Normalize_TextIsTrimmedAndNfcNormalized()
    {
        var decomposed = "Chloe\u0301";
        var user = Fixtures.User("a@example.be", ("Prenom", "  " + decomposed + " "));
        Assert.Equal("Chloé", user.FirstName);
    }

    [Fact]
    public void Normalize_EmptyRoleAndProfile_TakeDefaults()
    {
        var user = Fixtures.User("a@example.be", ("Role", ""), ("Profil", null));
        Assert.Equal("Utilisateur", user.Role);
        Assert.Equal("Standard", user.Profile);
    }

    [Fact]
    public void Normalize_PropertyNames_BindLikeColumns()
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Mail"] = "Ann.Peeters@example.be", ["FirstName"] = "Ann", ["LastName"] = "Peeters", ["Company"] = "BE01",
            ["ProPayment"] = "True",
        };
        var user = new N2fSync.Agresso.Normalization.UserNormalizer(new()).Normalize(3, c => values.TryGetValue(c, out var v) ? v : null, values.ContainsKey);
        Assert.True(user.IsValid);
        Assert.Equal("ann.peeters@example.be", user.Key);
        Assert.True(user.ProPayment);
    }
}
