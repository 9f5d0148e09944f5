using System.Text.RegularExpressions;

namespace N2fSync.HelpCompiler;

internal abstract record Block(int Line);
internal sealed record Paragraph(int Line, string Text) : Block(Line);
internal sealed record ListItem(int Line, string Text) : Block(Line);
internal sealed record CodeBlock(int Line, string Language, string Code) : Block(Line);
internal sealed record Table(int Line, IReadOnlyList<IReadOnlyList<string>> Rows) : Block(Line);

/// <summary>A heading and what follows it up to the next heading of the same or a higher level.</summary>
internal sealed class Section(string title, int line)
{
    public string Title { get; } = title;
    public int Line { get; } = line;
    public List<Block> Blocks { get; } = [];
    public List<Section> Subsections { get; } = [];
}

/// <summary>
/// The markdown the help is written in: the subset platyPS writes (front matter, headings up to ###, paragraphs,
/// "-" lists, pipe tables, fenced code). Headings inside code fences are code.
/// </summary>
internal sealed class MarkdownDocument
{
    private static readonly Regex Heading = new(@"^(#{1,3})\s+(.+?)\s*#*\s*$", RegexOptions.Compiled);
    private static readonly Regex ListMarker = new(@"^\s{0,3}(?:[-*+]|\d+[.)])\s+(.*)$", RegexOptions.Compiled);

    private MarkdownDocument(string path) => Path = path;

    public string Path { get; }
    public string Title { get; private set; } = "";
    public int TitleLine { get; private set; }

    /// <summary>Level-2 sections; text between the title and the first of them is ignored.</summary>
    public List<Section> Sections { get; } = [];

    public Section? Get(string title) =>
        Sections.FirstOrDefault(s => string.Equals(s.Title, title, StringComparison.OrdinalIgnoreCase));

    public static MarkdownDocument Parse(string path)
    {
        var document = new MarkdownDocument(path);
        var lines = File.ReadAllLines(path);
        var start = SkipFrontMatter(lines);
        Section? section = null, subsection = null;
        var body = new List<(int Line, string Text)>();
        void Flush()
        {
            var target = subsection ?? section;
            target?.Blocks.AddRange(ParseBlocks(body));
            body.Clear();
        }
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                body.Add((i + 1, line));
                for (i++; i < lines.Length; i++)
                {
                    body.Add((i + 1, lines[i]));
                    if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal)) break;
                }
                continue;
            }
            var heading = Heading.Match(line);
            if (!heading.Success)
            {
                body.Add((i + 1, line));
                continue;
            }
            Flush();
            var level = heading.Groups[1].Length;
            var title = heading.Groups[2].Value;
            if (level == 1)
            {
                document.Title = title;
                document.TitleLine = i + 1;
                section = subsection = null;
            }
            else if (level == 2)
            {
                section = new Section(title, i + 1);
                subsection = null;
                document.Sections.Add(section);
            }
            else if (section is not null)
            {
                subsection = new Section(title, i + 1);
                section.Subsections.Add(subsection);
            }
        }
        Flush();
        return document;
    }

    private static int SkipFrontMatter(string[] lines)
    {
        if (lines.Length == 0 || lines[0].Trim() != "---") return 0;
        for (var i = 1; i < lines.Length; i++)
            if (lines[i].Trim() == "---") return i + 1;
        return 0;
    }

    private static IEnumerable<Block> ParseBlocks(List<(int Line, string Text)> lines)
    {
        var blocks = new List<Block>();
        var text = new List<string>();
        var textLine = 0;
        var isListItem = false;
        void EndText()
        {
            if (text.Count > 0)
                blocks.Add(isListItem ? new ListItem(textLine, string.Join(" ", text)) : new Paragraph(textLine, string.Join(" ", text)));
            text.Clear();
            isListItem = false;
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var (number, line) = lines[i];
            var trimmed = line.Trim();
            if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                EndText();
                var language = trimmed.Substring(3).Trim();
                var code = new List<string>();
                for (i++; i < lines.Count && !lines[i].Text.Trim().StartsWith("```", StringComparison.Ordinal); i++)
                    code.Add(lines[i].Text);
                blocks.Add(new CodeBlock(number, language, string.Join("\n", code)));
                continue;
            }
            if (trimmed.StartsWith("<!--", StringComparison.Ordinal))
            {
                EndText();
                while (i < lines.Count && !lines[i].Text.Contains("-->", StringComparison.Ordinal)) i++;
                continue;
            }
            if (trimmed.Length == 0)
            {
                EndText();
                continue;
            }
            if (trimmed.StartsWith('|'))
            {
                EndText();
                var rows = new List<IReadOnlyList<string>>();
                for (; i < lines.Count && lines[i].Text.Trim().StartsWith('|'); i++)
                {
                    var cells = lines[i].Text.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();
                    if (cells.All(c => c.Length > 0 && c.Trim(':', '-').Length == 0)) continue; // |---|:--:|
                    rows.Add(cells);
                }
                i--;
                blocks.Add(new Table(number, rows));
                continue;
            }
            var item = ListMarker.Match(line);
            if (item.Success)
            {
                EndText();
                isListItem = true;
                textLine = number;
                text.Add(item.Groups[1].Value.Trim());
                continue;
            }
            if (text.Count == 0) textLine = number;
            text.Add(trimmed);
        }
        EndText();
        return blocks;
    }
}
