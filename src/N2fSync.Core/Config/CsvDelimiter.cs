using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>Reads <c>source.delimiter</c>: ',' or ';' or a tab, or auto (null) to detect it from the header line.</summary>
internal static class CsvDelimiter
{
    // A tab is hard to type in YAML, so '\t' (backslash-t as written) and "tab" mean it too.
    public static char? Read(ConfigReadContext ctx, YamlNode node, string path)
    {
        var text = ctx.ReadText(node, path, trim: false);
        switch (text)
        {
            case null:
                return null;
            case "," or ";" or "\t":
                return text[0];
            case @"\t":
                return '\t';
        }

        if (text.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase))
            return null;
        if (text.Trim().Equals("tab", StringComparison.OrdinalIgnoreCase))
            return '\t';
        ctx.Error(path, $"'{text}' is not a delimiter; use ',' or ';' or '\\t' (tab), or auto to detect it from the header line.");
        return null;
    }

    public static string Show(char? delimiter) => delimiter switch
    {
        null => "auto",
        '\t' => "tab",
        var c => $"'{c}'",
    };
}
