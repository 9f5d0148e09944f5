using N2fSync.N2f;

namespace N2fSync.Tests.Sync;

public sealed class CultureNameMapTests
{
    [Fact]
    public void TryTranslate_AnyCultureName_GivesFrenchName()
    {
        var map = new CultureNameMap("role", [[("fr", "Utilisateur"), ("nl", "Gebruiker"), ("en", "User")]]);
        Assert.True(map.TryTranslate(" gebruiker ", out var french));
        Assert.Equal("Utilisateur", french);
    }

    [Fact]
    public void TryTranslate_NameMeaningTwoRoles_FrenchMeaningWinsAndIsReportedOnce()
    {
        var map = new CultureNameMap("role",
        [
            [("fr", "Manager"), ("en", "Manager")],
            [("fr", "Responsable"), ("en", "Manager"), ("nl", "Manager")],
        ]);
        Assert.True(map.TryTranslate("Manager", out var french));
        Assert.Equal("Manager", french);
        Assert.Single(map.Ambiguities);
    }

    [Fact]
    public void TryTranslate_UnknownName_IsFalse()
    {
        var map = new CultureNameMap("profile", [[("fr", "Standard")]]);
        Assert.False(map.TryTranslate("Stagiaire", out _));
    }
}
