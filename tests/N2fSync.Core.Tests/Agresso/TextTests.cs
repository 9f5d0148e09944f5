using System.Text.RegularExpressions;
using System.Text;
using N2fSync.Agresso.Normalization;
using N2fSync.Normalization;

namespace N2fSync.Tests.Agresso;

/// <summary>The fast paths of the text rules give the answers of the slow rules they replace.</summary>
public sealed class TextTests
{
    private static readonly Regex EmailPattern = new(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant);

    public static TheoryData<string> Addresses() =>
    [
        "ann.peeters@example.be", "chloe.o'neil@example.be", "a@b.c", "@b.c", "a@.c", "a@b.", "a@bc", "a@@b.c", "a@b@c.d",
        "a b@c.d", "a@b.c\n", "a@b.c\n\n", "\na@b.c", "a@b..c", "a@.b.c", "a@b.c.", "a\u00A0b@c.d", "a@b\u2003.c", "",
        "@", "a@", "a@b", ".@b.c", "a.@b.c", "a@..", "a@b.cd", "ÉLISE@exemple.lu", "a@b.c\r", "a\t@b.c",
    ];

    [Theory]
    [MemberData(nameof(Addresses))]
    public void IsValidEmail_AgreesWithThePattern(string address) =>
        Assert.Equal(EmailPattern.IsMatch(address), Text.IsValidEmail(address));

    [Theory]
    [InlineData("Élise")]
    [InlineData("L’Écuyer – Hôtel de ville")]
    [InlineData("Škoda Octavia")]
    [InlineData("Zoë")]
    [InlineData("\u212B")] // Angstrom sign: NFC maps it to Å
    [InlineData("e\u0301")] // e + combining acute: NFC composes it
    [InlineData("\u1100\u1161")] // Hangul jamo compose
    [InlineData(" None ")]
    [InlineData("nan")]
    [InlineData("nana")]
    public void Clean_IsTrimmedNfcWithEmptyMarkersRemoved(string raw)
    {
        var trimmed = raw.Trim();
        var expected = trimmed is "" || trimmed.Equals("nan", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("none", StringComparison.OrdinalIgnoreCase)
            ? "" : trimmed.Normalize(NormalizationForm.FormC);
        Assert.Equal(expected, Text.Clean(raw));
    }

    [Fact]
    public void Clean_ReturnsAnAlreadyCleanValueItself()
    {
        var value = "Rénovation école n° 12";
        Assert.Same(value, Text.Clean(value));
    }
}
