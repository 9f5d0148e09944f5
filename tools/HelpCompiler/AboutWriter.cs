using System.Text;

namespace N2fSync.HelpCompiler;

/// <summary>
/// An about_*.md topic as the plain text Get-Help shows (about_*.help.txt): "# about_X" becomes the topic name,
/// "##" headings upper-case section titles, "###" sub-titles; text wrapped at 80 columns and indented, code and
/// tables kept as written.
/// </summary>
internal static class AboutWriter
{
    private const int Width = 80;
    private const string Indent = "    ";

    public static void Write(string markdownPath, string outputPath)
    {
        var document = MarkdownDocument.Parse(markdownPath);
        var text = new StringBuilder();
        text.AppendLine("TOPIC").AppendLine(Indent + document.Title).AppendLine();
        foreach (var section in document.Sections)
        {
            text.AppendLine(section.Title.ToUpperInvariant());
            Blocks(text, section.Blocks);
            foreach (var sub in section.Subsections)
            {
                text.AppendLine("  " + Inline.ToText(sub.Title));
                Blocks(text, sub.Blocks);
            }
        }
        File.WriteAllText(outputPath, text.ToString().TrimEnd() + Environment.NewLine, new UTF8Encoding(false));
    }

    private static void Blocks(StringBuilder text, IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            switch (block)
            {
                case Paragraph p: Wrap(text, Inline.ToText(p.Text), Indent, Indent); break;
                case ListItem l: Wrap(text, Inline.ToText(l.Text), Indent + "- ", Indent + "  "); break;
                case CodeBlock c:
                    foreach (var line in c.Code.Split('\n')) text.AppendLine((Indent + Indent + line).TrimEnd());
                    break;
                case Table t:
                    foreach (var line in TextTable.Render(t)) text.AppendLine(Indent + line);
                    break;
            }
            // Items of one list stay together; every other block ends with a blank line.
            if (!(block is ListItem && i + 1 < blocks.Count && blocks[i + 1] is ListItem)) text.AppendLine();
        }
    }

    private static void Wrap(StringBuilder text, string paragraph, string first, string rest)
    {
        var line = new StringBuilder(first);
        var empty = true;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > Width)
            {
                text.AppendLine(line.ToString());
                line.Clear().Append(rest);
                empty = true;
            }
            if (!empty) line.Append(' ');
            line.Append(word);
            empty = false;
        }
        text.AppendLine(line.ToString());
    }
}
