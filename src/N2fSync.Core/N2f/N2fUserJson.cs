using System.Text.Json;
using N2fSync.Agresso.Normalization;
using N2fSync.Agresso;
using N2fSync.Mapping;
using N2fSync.N2f.Http;
using N2fSync.Normalization;

namespace N2fSync.N2f;

/// <summary>
/// Turns N2F's JSON for a user into an <see cref="N2fUser"/>: only the fields the sync can compare are read, straight
/// into the user's compact field array, with the values that repeat from user to user shared. One per read of the list.
/// </summary>
internal sealed class N2fUserJson(N2fDirectory directory)
{
    private static readonly int CompanyAt = UserField.IndexOf("company");

    // Fields with a handful of values: one string instance per distinct value (see StringPool), for when the users are
    // kept (Get-N2fEntity into a variable). A plan lets each user go as it is read, so nothing more is pooled.
    private static readonly bool[] Repeating = UserField.All.Select(f => f.Kind is UserFieldKind.Company or UserFieldKind.Role
        or UserFieldKind.Profile or UserFieldKind.Structure or UserFieldKind.AuthMode
        || f.N2fName is "culture" or "currencyIsoCode" or "jobTitle" or "defaultCostCenter").ToArray();

    private static readonly object True = true, False = false;
    private readonly StringPool _pool = new();

    public N2fUser Read(JsonElement item)
    {
        var fields = new N2fUserFields();
        foreach (var property in item.EnumerateObject())
            if (UserField.TryIndexOf(property.Name, out var index))
                fields.Set(index, Value(property.Value, Repeating[index] ? _pool : null));
        var companyId = fields[CompanyAt] as string;
        var code = companyId is not null && directory.TryGetCompanyByUuid(companyId, out var company) ? company.Code : null;
        return new N2fUser(fields, code);
    }

    private static object? Value(JsonElement value, StringPool? pool) => value.ValueKind switch
    {
        JsonValueKind.String when pool is not null => pool.Intern(value.GetString()!),
        JsonValueKind.True => True,
        JsonValueKind.False => False,
        _ => N2fJson.ToValue(value),
    };
}
