using N2fSync.Agresso.Quality;
using N2fSync.Normalization;

namespace N2fSync.Agresso.Normalization;

/// <summary>
/// Turns one raw analytics-view row (or any object with the same column or property names) into an
/// <see cref="AgressoAxisValue"/> of a given scope, recording every data-quality issue found on the way
/// (domain.md §3.2 and 4.2, decisions.md §9–§10). Checks that need N2F (company, axis) happen in the planner.
/// </summary>
internal static class AxisValueNormalizer
{
    /// <summary>A view column and the <see cref="AgressoAxisValue"/> property that carries it (for Import-Csv objects).</summary>
    private static readonly (string Column, string Property)
        Typ = ("typ", nameof(AgressoAxisValue.Type)),
        Client = ("client", nameof(AgressoAxisValue.Company)),
        Code = ("code", nameof(AgressoAxisValue.Code)),
        Description = ("description", nameof(AgressoAxisValue.Description)),
        Status = ("status", nameof(AgressoAxisValue.Status)),
        DateFrom = ("date_from", nameof(AgressoAxisValue.ValidFrom)),
        DateTo = ("date_to", nameof(AgressoAxisValue.ValidTo));

    public static AgressoAxisValue Normalize(string scope, SourceRow row) =>
        Normalize(scope, row.RowNumber, column => row[column], row.HasColumn, row.Origin);

    /// <summary>
    /// The typ of any named values, upper-cased ("" when absent): which scope the row belongs to. Invisible characters
    /// do not count here, so such a row lands in its scope and is rejected there (its code protected) instead of
    /// leaving the scope and letting its N2F value be deleted.
    /// </summary>
    public static string TypeOf(Func<string, string?> read, Func<string, bool> has) =>
        InvisibleCharacters.Remove(Text.Clean(Read(Typ, read, has))).ToUpperInvariant();

    /// <summary>The status of any named values, cleaned.</summary>
    public static string StatusOf(Func<string, string?> read, Func<string, bool> has) => Text.Clean(Read(Status, read, has));

    /// <summary>Normalizes from any reader of values by name (view column or entity property; null when absent).</summary>
    public static AgressoAxisValue Normalize(string scope, int rowNumber, Func<string, string?> read, Func<string, bool> has,
        SourceOrigin? origin = null)
    {
        var value = new AgressoAxisValue(scope, rowNumber)
        {
            Origin = origin,
            Type = TypeOf(read, has),
            Description = Text.Clean(Read(Description, read, has)),
            Status = StatusOf(read, has),
        };
        var typ = Text.Clean(Read(Typ, read, has));
        var company = Text.Clean(Read(Client, read, has));
        var code = Text.Clean(Read(Code, read, has));
        // Company and code are the key: a rejected row protects them as a person reads them (invisible characters left out).
        value.CompanyCode = InvisibleCharacters.Remove(company);
        value.Code = InvisibleCharacters.Remove(code);
        var key = value.Code.Length == 0 ? null : value.Code;
        foreach (var (field, text) in new[] { (Typ.Column, typ), (Client.Column, company), (Code.Column, code), (Description.Column, value.Description) })
        {
            if (InvisibleCharacters.IndexOf(text) is var at and >= 0)
                value.AddIssue(new DataIssue(scope, rowNumber, key, field, DataIssueKind.InvalidCharacter,
                    InvisibleCharacters.Message(text, at), text));
        }

        foreach (var (field, text) in new[] { (Client.Column, value.CompanyCode), (Code.Column, value.Code), (Description.Column, value.Description) })
        {
            // A value without company, code or label cannot be placed or shown in N2F.
            if (text.Length == 0)
                value.AddIssue(new DataIssue(scope, rowNumber, key, field, DataIssueKind.MissingRequired, $"{field} is empty."));
        }

        value.ValidFrom = ReadDate(value, key, DateFrom, read, has);
        value.ValidTo = ReadDate(value, key, DateTo, read, has);
        if (value.ValidFrom > value.ValidTo)
        {
            value.AddIssue(new DataIssue(scope, rowNumber, key, DateFrom.Column, DataIssueKind.InvalidDate,
                $"date_from {ValidityDate.ToDayText(value.ValidFrom)} is after date_to {ValidityDate.ToDayText(value.ValidTo)}.",
                ValidityDate.ToDayText(value.ValidFrom)));
        }
        return value;
    }

    private static DateTime? ReadDate(AgressoAxisValue value, string? key, (string Column, string Property) field,
        Func<string, string?> read, Func<string, bool> has)
    {
        var raw = Read(field, read, has);
        if (ValidityDate.TryParse(raw, out var date)) return date;
        value.AddIssue(new DataIssue(value.Scope, value.RowNumber, key, field.Column, DataIssueKind.InvalidDate,
            $"'{raw?.Trim()}' is not a date (use yyyy-MM-dd or dd/MM/yyyy, or leave it empty).", raw));
        return null;
    }

    private static string? Read((string Column, string Property) field, Func<string, string?> read, Func<string, bool> has) =>
        has(field.Column) ? read(field.Column) : read(field.Property);
}
