using System.Globalization;
using System.Text;

namespace N2fSync.Agresso.Quality;

/// <summary>
/// Characters that must not be sent to N2F inside a value, because nobody sees them and they still make two texts
/// differ: controls (C0, DEL, C1: NUL, tab, line breaks), format characters (zero-width space and joiners, the BOM,
/// soft hyphen, bidirectional controls), the line and paragraph separators, and halves of a surrogate pair.
/// </summary>
internal static class InvisibleCharacters
{
    private static readonly Dictionary<int, string> Names = new()
    {
        [0x00] = "null", [0x09] = "tab", [0x0A] = "line feed", [0x0D] = "carriage return", [0x1B] = "escape",
        [0x7F] = "delete", [0x85] = "next line", [0xAD] = "soft hyphen",
        [0x200B] = "zero width space", [0x200C] = "zero width non-joiner", [0x200D] = "zero width joiner",
        [0x200E] = "left-to-right mark", [0x200F] = "right-to-left mark", [0x2028] = "line separator",
        [0x2029] = "paragraph separator", [0x202A] = "left-to-right embedding", [0x202B] = "right-to-left embedding",
        [0x202C] = "pop directional formatting", [0x202D] = "left-to-right override", [0x202E] = "right-to-left override",
        [0x2060] = "word joiner", [0x2066] = "left-to-right isolate", [0x2067] = "right-to-left isolate",
        [0x2068] = "first strong isolate", [0x2069] = "pop directional isolate", [0xFEFF] = "byte order mark",
    };

    /// <summary>Index of the first invisible character of <paramref name="text"/>, or -1.</summary>
    public static int IndexOf(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // Printable ASCII and Latin-1 letters first: nearly every character of every value stops here.
            if ((c >= ' ' && c < '\u007F') || (c > '\u00AD' && c < '\u0600')) continue;
            if (IsInvisible(text, i)) return i;
            if (char.IsHighSurrogate(c)) i++;
        }
        return -1;
    }

    /// <summary>"U+200B (zero width space)" for the character at <paramref name="index"/>.</summary>
    public static string Describe(string text, int index)
    {
        var point = char.IsSurrogatePair(text, index) ? char.ConvertToUtf32(text, index) : text[index];
        var name = Names.TryGetValue(point, out var known) ? known
            : char.IsSurrogatePair(text, index) ? "format character"
            : char.IsSurrogate(text, index) ? "half of a surrogate pair"
            : char.IsControl(text, index) ? "control character"
            : "format character";
        return string.Format(CultureInfo.InvariantCulture, "U+{0:X4} ({1})", point, name);
    }

    /// <summary>What a rejected row's issue says: "U+200B (zero width space) in 'Ann\u200B': ...".</summary>
    public static string Message(string text, int index) =>
        $"{Describe(text, index)} in '{Show(text)}': a character nobody sees is not sent to N2F; remove it in Agresso.";

    /// <summary>The text with each invisible character written as an escape (<c>\u200B</c>), so a message shows it.</summary>
    public static string Show(string text)
    {
        if (IndexOf(text) < 0) return text;
        var shown = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsInvisible(text, i)) shown.Append(text[i]);
            else if (char.IsSurrogatePair(text, i)) shown.AppendFormat(CultureInfo.InvariantCulture, "\\U{0:X8}", char.ConvertToUtf32(text, i++));
            else shown.AppendFormat(CultureInfo.InvariantCulture, "\\u{0:X4}", (int)text[i]);
        }
        return shown.ToString();
    }

    /// <summary>The text without its invisible characters: the key a rejected row protects, as a person reads it.</summary>
    public static string Remove(string text)
    {
        if (IndexOf(text) < 0) return text;
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsInvisible(text, i)) kept.Append(text[i]);
            else if (char.IsSurrogatePair(text, i)) i++;
        }
        return kept.ToString();
    }

    private static bool IsInvisible(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c)) return !char.IsSurrogatePair(text, index) || IsFormat(text, index);
        if (char.IsLowSurrogate(c)) return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        return c < ' ' || (c >= '\u007F' && c <= '\u009F') || IsFormat(text, index);
    }

    private static bool IsFormat(string text, int index) => CharUnicodeInfo.GetUnicodeCategory(text, index) switch
    {
        UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
        _ => false,
    };
}
