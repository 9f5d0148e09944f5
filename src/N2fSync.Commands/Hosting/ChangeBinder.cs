using System.Collections;
using System.Globalization;
using System.Management.Automation;
using N2fSync.Sync;

namespace N2fSync.Commands.Hosting;

/// <summary>
/// Turns what arrives at Sync-N2fScope into a change: a live <see cref="N2fChange"/>, or a plan saved with
/// Export-Clixml and read back (decisions 26). A saved plan is a reviewed plan: its held deletes are no longer held.
/// </summary>
internal static class ChangeBinder
{
    public static N2fChange? From(PSObject input)
    {
        if (input.BaseObject is N2fChange live) return live;
        var action = Text(input, "Action");
        if (action is null || !Enum.TryParse<ChangeAction>(action, ignoreCase: true, out var parsed)) return null;
        return new N2fChange
        {
            Scope = Text(input, "Scope") ?? "",
            Action = parsed,
            Key = Text(input, "Key") ?? "",
            Company = Text(input, "Company") ?? "",
            CompanyId = Text(input, "CompanyId") ?? "",
            AxisId = Text(input, "AxisId"),
            Payload = Payload(Unwrap(input.Properties["Payload"]?.Value)),
            Differences = Differences(Value(input, "Differences")),
            Reason = Text(input, "Reason"),
            DependsOn = Text(input, "DependsOn"),
            RowNumber = int.TryParse(Text(input, "RowNumber"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var row) ? row : null,
        };
    }

    private static N2fPayload? Payload(object? value)
    {
        if (value is not IDictionary dictionary) return null;
        var payload = new N2fPayload();
        foreach (DictionaryEntry entry in dictionary)
            payload[Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!] = PayloadValue(entry.Value);
        return payload;
    }

    private static object? PayloadValue(object? value) => Unwrap(value) switch
    {
        null => null,
        bool or string => Unwrap(value),
        IEnumerable items => items.Cast<object?>().Where(i => i is not null).Select(i => Name(i!)).ToList(),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// A names-list item: a live <see cref="CultureName"/>, a deserialized one (its properties kept on the PSObject),
    /// or, past Export-Clixml's depth, its text "culture: value".
    /// </summary>
    private static CultureName Name(object item)
    {
        if (Unwrap(item) is CultureName live) return live;
        var obj = PSObject.AsPSObject(item);
        if (obj.Properties["Culture"] is not null) return new CultureName(Text(obj, "Culture") ?? "", Text(obj, "Value") ?? "");
        var text = Convert.ToString(Unwrap(item), CultureInfo.InvariantCulture) ?? "";
        var separator = text.IndexOf(": ", StringComparison.Ordinal);
        return separator < 0
            ? throw new InvalidDataException($"'{text}' is not a name of a saved plan (expected 'culture: value').")
            : new CultureName(text.Substring(0, separator), text.Substring(separator + 2));
    }

    private static IReadOnlyList<FieldDifference> Differences(object? value) => Unwrap(value) is IEnumerable items and not string
        ? items.Cast<object?>().OfType<object>().Select(PSObject.AsPSObject)
            .Select(d => new FieldDifference(Text(d, "Field") ?? "", Value(d, "N2fValue"), Value(d, "AgressoValue"))).ToList()
        : [];

    private static object? Value(PSObject obj, string name) => Unwrap(obj.Properties[name]?.Value);

    private static string? Text(PSObject obj, string name) =>
        Value(obj, name) is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
}
