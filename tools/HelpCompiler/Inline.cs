using System.Text.RegularExpressions;

namespace N2fSync.HelpCompiler;

/// <summary>Inline markdown to plain help text: links keep their text, emphasis marks go, code spans stay.</summary>
internal static class Inline
{
    private static readonly Regex Link = new(@"\[([^\]]+)\]\([^)]*\)", RegexOptions.Compiled);
    private static readonly Regex Strong = new(@"\*\*(.+?)\*\*", RegexOptions.Compiled);
    private static readonly Regex Escape = new(@"\\([\\`*_{}\[\]()#+\-.!<>|])", RegexOptions.Compiled);

    public static string ToText(string markdown) =>
        Escape.Replace(Strong.Replace(Link.Replace(markdown, "$1"), "$1"), "$1");
}
