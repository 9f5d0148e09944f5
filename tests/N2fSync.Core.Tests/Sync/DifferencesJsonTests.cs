using N2fSync.Mapping;
using N2fSync.Sync;

namespace N2fSync.Tests.Sync;

/// <summary>The journal keeps each changed field with both values, as JSON, and reads them back unchanged.</summary>
public sealed class DifferencesJsonTests
{
    [Fact]
    public void RoundTrip_KeepsTextFlagsNullsAndNamesPerCulture()
    {
        IReadOnlyList<FieldDifference> differences =
        [
            new("lastname", "O’Neil", "O'Neil"),
            new("gotProPayment", true, false),
            new("managerMail", null, "wim.verstraeten@example.be"),
            new("names", new List<CultureName> { new("fr", "Vélo") }, new List<CultureName> { new("fr", "Vélo électrique"), new("nl", "Elektrische fiets") }),
        ];

        var read = DifferencesJson.Read(DifferencesJson.Write(differences));

        Assert.Equal(("lastname", "O’Neil", "O'Neil"), (read[0].Field, read[0].N2fValue, read[0].AgressoValue));
        Assert.Equal((true, false), (read[1].N2fValue, read[1].AgressoValue));
        Assert.Null(read[2].N2fValue);
        Assert.Equal("fr: Vélo électrique; nl: Elektrische fiets", DifferencesJson.Display(read[3].AgressoValue));
    }

    [Fact]
    public void NoDifference_IsStoredAsNothing()
    {
        Assert.Null(DifferencesJson.Write([]));
        Assert.Empty(DifferencesJson.Read(null));
    }
}
