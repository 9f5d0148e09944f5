using N2fSync.Agresso.Quality;
using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Agresso;

/// <summary>Values longer than N2F takes reject their row with row, field and reason (dataQuality.maxLength).</summary>
public sealed class ValueLengthCheckTests
{
    private static readonly ValueLengthCheck Defaults = new(new DataQualityOptions());

    [Fact]
    public void JobTitleOverTheLimit_RejectsTheRow_NamingColumnLengthAndLimit()
    {
        var user = Fixtures.User(9, Fixtures.Row("long.title@example.be", ("Fonction", string.Concat(Enumerable.Repeat("Chargée de mission ", 8)).Trim())));

        Defaults.Check(user);

        var issue = Assert.Single(user.Issues);
        Assert.Equal((DataIssueKind.TooLong, "Fonction", 9, "long.title@example.be"), (issue.Kind, issue.Field, issue.RowNumber, issue.Key));
        Assert.Contains("151 characters long; N2F takes at most 100 (dataQuality.maxLength.jobTitle)", issue.Message);
        Assert.False(user.IsValid);
    }

    [Fact]
    public void NameOfExactlyTheLimit_Passes()
    {
        var user = Fixtures.User(1, Fixtures.Row("ann.peeters@example.be", ("Nom", "D'" + new string('é', 98))));

        Defaults.Check(user);

        Assert.True(user.IsValid);
    }

    [Fact]
    public void AccentWrittenAsTwoCodePoints_CountsAsOneCharacter_AsSent()
    {
        // "e" + combining acute is normalized to one "é" (NFC) before sending, so it is one character of 100.
        var user = Fixtures.User(1, Fixtures.Row("ann.peeters@example.be", ("Prenom", string.Concat(Enumerable.Repeat("e\u0301", 100)))));

        Defaults.Check(user);

        Assert.True(user.IsValid);
    }

    [Fact]
    public void LimitOfZero_TurnsTheCheckOff()
    {
        var options = new DataQualityOptions();
        options.MaxLength["jobTitle"] = 0;
        var user = Fixtures.User(1, Fixtures.Row("ann.peeters@example.be", ("Fonction", new string('x', 500))));

        new ValueLengthCheck(options).Check(user);

        Assert.True(user.IsValid);
    }

    [Fact]
    public void AxisValue_CodeAndDescriptionOverTheirLimits_AreBothReported()
    {
        var value = AxisFixtures.Value("PRJ-" + new string('9', 60), ("description", "Rénovation de l'école " + new string('x', 300)));

        Defaults.Check(value);

        Assert.Equal(["code", "description"], value.Issues.Select(i => i.Field));
        Assert.All(value.Issues, i => Assert.Equal(DataIssueKind.TooLong, i.Kind));
    }
}
