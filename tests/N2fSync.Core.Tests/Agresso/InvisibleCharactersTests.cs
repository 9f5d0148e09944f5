using N2fSync.Agresso.Quality;

namespace N2fSync.Tests.Agresso;

public sealed class InvisibleCharactersTests
{
    [Theory]
    [InlineData("Ann\u0000", 3, "U+0000 (null)")]
    [InlineData("Ann\tPeeters", 3, "U+0009 (tab)")]
    [InlineData("Rue Haute 1\nBruxelles", 11, "U+000A (line feed)")]
    [InlineData("Rue Haute 1\rBruxelles", 11, "U+000D (carriage return)")]
    [InlineData("Ann\u0085", 3, "U+0085 (next line)")]
    [InlineData("Ann\u007F", 3, "U+007F (delete)")]
    [InlineData("Ann\u200B", 3, "U+200B (zero width space)")]
    [InlineData("Jean\u200CLuc", 4, "U+200C (zero width non-joiner)")]
    [InlineData("Jean\u200DLuc", 4, "U+200D (zero width joiner)")]
    [InlineData("An\uFEFFn", 2, "U+FEFF (byte order mark)")]
    [InlineData("Lemaî\u00ADtre", 5, "U+00AD (soft hyphen)")]
    [InlineData("\u202Eenna", 0, "U+202E (right-to-left override)")]
    [InlineData("Ann\u2066x\u2069", 3, "U+2066 (left-to-right isolate)")]
    [InlineData("Ann\u2028Peeters", 3, "U+2028 (line separator)")]
    [InlineData("Ann\U000E0041", 3, "U+E0041 (format character)")]
    public void Controls_and_format_characters_are_found_and_named(string text, int index, string described)
    {
        Assert.Equal(index, InvisibleCharacters.IndexOf(text));
        Assert.Equal(described, InvisibleCharacters.Describe(text, index));
    }

    [Theory]
    [InlineData("Chloé O'Neil")]
    [InlineData("D’Hondt-Lemaître")]
    [InlineData("Škoda Octavia – 1-ABC-123 €")]
    [InlineData("Ελένη Παπαδοπούλου")]
    [InlineData("محمد")]
    [InlineData("王芳")]
    [InlineData("Ann 🚗")]
    [InlineData("non\u00A0breaking")]
    public void Visible_text_of_any_script_has_none(string text) => Assert.Equal(-1, InvisibleCharacters.IndexOf(text));

    [Fact]
    public void Half_a_surrogate_pair_is_found()
    {
        var text = "Ann" + (char)0xD800;

        Assert.Equal("U+D800 (half of a surrogate pair)", InvisibleCharacters.Describe(text, InvisibleCharacters.IndexOf(text)));
    }

    [Fact]
    public void Shown_text_escapes_each_invisible_character_so_a_message_makes_it_visible() =>
        Assert.Equal("Ann\\u200B \\u202Ex\\U000E0041", InvisibleCharacters.Show("Ann\u200B \u202Ex\U000E0041"));

    [Fact]
    public void Removing_them_gives_the_text_a_person_reads() =>
        Assert.Equal("ann@example.be", InvisibleCharacters.Remove("ann\u200B@exam\uFEFFple.be"));
}
