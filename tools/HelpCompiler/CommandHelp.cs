using System.Text.RegularExpressions;

namespace N2fSync.HelpCompiler;

internal sealed record ParameterHelp(IReadOnlyList<string> Description, string? DefaultValue, int Line);
internal sealed record TypeHelp(string Name, IReadOnlyList<string> Description);
internal sealed record ExampleHelp(string Title, IReadOnlyList<string> Introduction, string Code, IReadOnlyList<string> Remarks);
internal sealed record LinkHelp(string Text, string? Uri);

/// <summary>
/// The prose of one cmdlet's help, read from docs/help/&lt;Verb-Noun&gt;.md. Sections as platyPS writes them:
/// SYNOPSIS, SYNTAX (ignored: generated from the assembly), DESCRIPTION, EXAMPLES (### Example N: title, a code
/// block, text), PARAMETERS (### -Name, text, an optional yaml block of which only "Default value" is read),
/// INPUTS and OUTPUTS (### type name, text), NOTES, RELATED LINKS.
/// </summary>
internal sealed class CommandHelp
{
    private static readonly Regex LinkLine = new(@"^\[([^\]]+)\]\(([^)]*)\)$", RegexOptions.Compiled);
    private static readonly Regex DefaultValue = new(@"^\s*Default value:\s*(.*?)\s*$", RegexOptions.Compiled | RegexOptions.Multiline);

    public string Name { get; private init; } = "";
    public string Path { get; private init; } = "";
    public IReadOnlyList<string> Synopsis { get; private init; } = [];
    public IReadOnlyList<string> Description { get; private init; } = [];
    public IReadOnlyDictionary<string, ParameterHelp> Parameters { get; private init; } = new Dictionary<string, ParameterHelp>();
    public IReadOnlyList<TypeHelp> Inputs { get; private init; } = [];
    public IReadOnlyList<TypeHelp> Outputs { get; private init; } = [];
    public IReadOnlyList<string> Notes { get; private init; } = [];
    public IReadOnlyList<ExampleHelp> Examples { get; private init; } = [];
    public IReadOnlyList<LinkHelp> Links { get; private init; } = [];

    public static CommandHelp Read(string path, Diagnostics diagnostics)
    {
        var document = MarkdownDocument.Parse(path);
        var help = new CommandHelp
        {
            Name = document.Title,
            Path = path,
            Synopsis = Paras(document.Get("SYNOPSIS")?.Blocks),
            Description = Paras(document.Get("DESCRIPTION")?.Blocks),
            Parameters = ReadParameters(document.Get("PARAMETERS"), path, diagnostics),
            Inputs = ReadTypes(document.Get("INPUTS")),
            Outputs = ReadTypes(document.Get("OUTPUTS")),
            Notes = Paras(document.Get("NOTES")?.Blocks),
            Examples = ReadExamples(document.Get("EXAMPLES"), path, diagnostics),
            Links = ReadLinks(document.Get("RELATED LINKS")),
        };
        foreach (var required in new[] { "SYNOPSIS", "DESCRIPTION", "EXAMPLES", "PARAMETERS", "OUTPUTS" })
            if (document.Get(required) is null)
                diagnostics.Warn(path, document.TitleLine, "N2FHELP010", $"{help.Name} has no ## {required} section.");
        return help;
    }

    /// <summary>Blocks to maml:para texts: one per paragraph, list item, code block or table.</summary>
    public static IReadOnlyList<string> Paras(IEnumerable<Block>? blocks) => blocks is null ? [] : blocks.Select(b => b switch
    {
        Paragraph p => Inline.ToText(p.Text),
        ListItem l => "- " + Inline.ToText(l.Text),
        CodeBlock c => c.Code,
        Table t => string.Join("\n", TextTable.Render(t)),
        _ => "",
    }).Where(t => t.Length > 0).ToList();

    private static Dictionary<string, ParameterHelp> ReadParameters(Section? section, string path, Diagnostics diagnostics)
    {
        var parameters = new Dictionary<string, ParameterHelp>(StringComparer.OrdinalIgnoreCase);
        foreach (var sub in section?.Subsections ?? [])
        {
            if (string.Equals(sub.Title, "CommonParameters", StringComparison.OrdinalIgnoreCase)) continue;
            if (!sub.Title.StartsWith('-'))
            {
                diagnostics.Warn(path, sub.Line, "N2FHELP011", $"Parameter heading '{sub.Title}' should read '### -Name'.");
                continue;
            }
            var yaml = sub.Blocks.OfType<CodeBlock>().FirstOrDefault(c => c.Language == "yaml");
            var defaultValue = yaml is null ? null : DefaultValue.Match(yaml.Code) is { Success: true } m ? m.Groups[1].Value : null;
            parameters[sub.Title.Substring(1)] = new ParameterHelp(
                Paras(sub.Blocks.Where(b => b is not CodeBlock { Language: "yaml" })), defaultValue, sub.Line);
        }
        return parameters;
    }

    private static List<TypeHelp> ReadTypes(Section? section)
    {
        if (section is null) return [];
        var types = section.Subsections.Select(s => new TypeHelp(s.Title, Paras(s.Blocks))).ToList();
        // "## INPUTS" followed only by text (e.g. "None. ...") describes no particular type.
        if (types.Count == 0 && section.Blocks.Count > 0) types.Add(new TypeHelp("None", Paras(section.Blocks)));
        return types;
    }

    private static List<ExampleHelp> ReadExamples(Section? section, string path, Diagnostics diagnostics)
    {
        var examples = new List<ExampleHelp>();
        foreach (var sub in section?.Subsections ?? [])
        {
            var code = sub.Blocks.OfType<CodeBlock>().FirstOrDefault();
            if (code is null || code.Code.Trim().Length == 0)
            {
                diagnostics.Warn(path, sub.Line, "N2FHELP012", $"Example '{sub.Title}' has no code block.");
                continue;
            }
            var at = sub.Blocks.IndexOf(code);
            examples.Add(new ExampleHelp(sub.Title, Paras(sub.Blocks.Take(at)), code.Code, Paras(sub.Blocks.Skip(at + 1))));
        }
        return examples;
    }

    private static List<LinkHelp> ReadLinks(Section? section)
    {
        var links = new List<LinkHelp>();
        foreach (var block in section?.Blocks ?? [])
        {
            var text = block switch { Paragraph p => p.Text, ListItem l => l.Text, _ => null };
            if (text is null) continue;
            var match = LinkLine.Match(text.Trim());
            if (!match.Success)
            {
                links.Add(new LinkHelp(Inline.ToText(text.Trim()), null));
                continue;
            }
            // Links between the markdown files mean nothing to Get-Help: keep the name, which Get-Help can look up.
            var uri = match.Groups[2].Value.Trim();
            links.Add(new LinkHelp(match.Groups[1].Value, uri.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? uri : null));
        }
        return links;
    }
}
