using System.Collections;
using System.Globalization;
using System.Management.Automation;
using N2fSync.Mapping;
using N2fSync.Sync.Gate;
using N2fSync.Sync.Run;
using N2fSync.Sync;

namespace N2fSync.Commands.Hosting;

/// <summary>
/// Turns what arrives at Sync-N2fScope into a change and says where it comes from: a live <see cref="N2fChange"/>
/// (piped from Compare-N2fPayload), a plan saved with Export-Clixml and read back (a reviewed plan: it carries its
/// plan id), or anything else with the shape of a change (hand-made). What the change says about itself (held,
/// still manages...) is not trusted: the write gate checks each one against what the run reads.
/// </summary>
internal static class ChangeBinder
{
    private const string DeserializedChange = "Deserialized.N2fSync.Sync.N2fChange";

    public static SuppliedChange? From(PSObject input)
    {
        if (input.BaseObject is N2fChange live) return new SuppliedChange(live, ChangeOrigin.Piped);
        var action = Text(input, "Action");
        if (action is null || !Enum.TryParse<ChangeAction>(action, ignoreCase: true, out var parsed)) return null;
        var planId = Text(input, "PlanId") ?? "";
        var origin = input.TypeNames.Contains(DeserializedChange) && planId.Length > 0 ? ChangeOrigin.Reviewed : ChangeOrigin.HandMade;
        return new SuppliedChange(new N2fChange
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
            PlanId = planId,
            PlannedAt = Instant(Value(input, "PlannedAt")),
            N2fReadAt = Instant(Value(input, "N2fReadAt")),
            N2fTarget = Text(input, "N2fTarget") ?? "",
            ConfigPath = Text(input, "ConfigPath") ?? "",
        }, origin);
    }

    private static DateTimeOffset? Instant(object? value) => value switch
    {
        DateTimeOffset offset => offset,
        DateTime time => new DateTimeOffset(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time),
        string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
        _ => null,
    };

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
