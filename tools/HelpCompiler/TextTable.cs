namespace N2fSync.HelpCompiler;

/// <summary>A markdown pipe table as aligned plain-text columns, for help text that has no table markup.</summary>
internal static class TextTable
{
    public static IEnumerable<string> Render(Table table)
    {
        var rows = table.Rows.Select(r => r.Select(Inline.ToText).ToList()).ToList();
        if (rows.Count == 0) yield break;
        var columns = rows.Max(r => r.Count);
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => c < r.Count ? r[c].Length : 0)).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            yield return string.Join("  ", rows[i].Select((cell, c) => c == rows[i].Count - 1 ? cell : cell.PadRight(widths[c]))).TrimEnd();
            if (i == 0) yield return string.Join("  ", widths.Select(w => new string('-', w)));
        }
    }
}
