using System.Globalization;
using N2fSync.Agresso.Normalization;
using N2fSync.Agresso;
using N2fSync.Mapping;
using N2fSync.Normalization;

namespace N2fSync.N2f;

/// <summary>
/// A user as N2F answers it. Typed properties for people; <see cref="Fields"/> keeps every field the comparison can
/// read (the mappable fields of domain.md §5.1; technical ones such as ids and timestamps are dropped when read). Role and
/// profile are as answered, possibly in another language.
/// </summary>
public sealed class N2fUser
{
    private readonly N2fUserFields _fields;

    internal N2fUser(IReadOnlyDictionary<string, object?> fields, string? companyCode)
        : this(N2fUserFields.From(fields), companyCode)
    {
    }

    internal N2fUser(N2fUserFields fields, string? companyCode)
    {
        _fields = fields;
        CompanyCode = companyCode ?? "";
        // The key is asked for many times while planning: cleaned once.
        Mail = Text.CleanEmail(Get("mail"));
    }

    public string Scope => Scopes.ScopeNames.Users;
    public string Key => Mail;
    public string Mail { get; }
    public string FirstName => Get("firstname");
    public string LastName => Get("lastname");

    /// <summary>Company uuid as N2F holds it.</summary>
    public string CompanyId => Get("company");

    /// <summary>Company code, resolved through GET companies.</summary>
    public string CompanyCode { get; }

    public string Role => Get("role");
    public string Profile => Get("profile");
    public string ManagerMail => Text.CleanEmail(Get("managerMail"));
    public string Culture => Get("culture");
    public string Structure => Get("structure");
    public string AuthMode => Get("authMode");
    public string EmployeeNumber => Get("employeeNumber");
    public string JobTitle => Get("jobTitle");

    public IReadOnlyDictionary<string, object?> Fields => _fields;

    /// <summary>A field by its position in <see cref="UserField.All"/>; null when N2F answered none.</summary>
    internal object? Field(int index) => _fields[index];

    private string Get(string name) =>
        _fields.TryGetValue(name, out var v) && v is not null ? Convert.ToString(v, CultureInfo.InvariantCulture) ?? "" : "";

    public override string ToString() => Mail;
}
