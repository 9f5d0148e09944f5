using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>
/// Parses the YAML text into the representation model, which keeps the line and column of every node. A syntax
/// error becomes one located issue instead of a parser exception.
/// </summary>
internal static class YamlDocumentLoader
{
    // YamlDotNet sometimes prefixes its message with the position, which the issue already carries.
    private static readonly Regex PositionPrefix = new(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ");

    /// <summary>The root node; an empty scalar for an empty file; null after reporting a syntax error.</summary>
    public static YamlNode? Load(ConfigReadContext ctx, string yamlText)
    {
        var scanner = new Scanner(new StringReader(yamlText));
        var stream = new YamlStream();
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            // The scanner reports a tab in the indentation at the start of the enclosing mapping: find the line itself.
            var at = IsAboutTabs(e.Message) && FindTabIndentedLine(yamlText) is int tabLine ? new Mark(0, tabLine, 1) : e.Start;
            ctx.Error("", at, "YAML syntax error: " + PositionPrefix.Replace(e.Message, "") + Hint(e.Message));
            return null;
        }
        catch (Exception e) when (e is not YamlException)
        {
            // YamlDotNet throws InvalidOperationException on some unclosed flow collections ([a, b ...), and an
            // admin's typo must not surface as a crash: the scanner knows how far it got.
            ctx.Error("", scanner.CurrentPosition, "YAML syntax error near here: check for an unclosed [ or { or quote.");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            ctx.Error("", stream.Documents[1].RootNode.Start, "the file holds more than one YAML document (---); keep a single one.");
            return null;
        }

        return stream.Documents.Count == 0 ? new YamlScalarNode() : stream.Documents[0].RootNode;
    }

    private static bool IsAboutTabs(string message) => message.IndexOf(" tab", StringComparison.OrdinalIgnoreCase) >= 0;

    private static string Hint(string message) => IsAboutTabs(message) ? " Indent with spaces, not tabs." : "";

    private static int? FindTabIndentedLine(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i].Substring(0, indent).IndexOf('\t') >= 0 && lines[i].Trim().Length > 0)
                return i + 1;
        }
        return null;
    }
}
