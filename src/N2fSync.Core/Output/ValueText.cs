using System.Globalization;
using N2fSync.Mapping;

namespace N2fSync.Output;

/// <summary>How one value reads as one line of text, wherever it is shown (CSV, HTML, tables, a field list).</summary>
internal static class ValueText
{
    /// <summary>A value as one line of text, for CSV, HTML and tables: names lists read "fr: Vélo; nl: Fiets".</summary>
    public static string Display(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        string s => s,
        IEnumerable<CultureName> names => string.Join("; ", names.Select(n => $"{n.Culture}: {n.Value}")),
        System.Collections.IEnumerable items => string.Join("; ", items.Cast<object?>().Select(Display)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

}
