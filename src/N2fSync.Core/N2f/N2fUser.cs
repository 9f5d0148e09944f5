using System.Globalization;
using N2fSync.Agresso.Normalization;

namespace N2fSync.N2f;

/// <summary>
/// A user as N2F answers it. Typed properties for people; <see cref="Fields"/> keeps every field for the comparison,
/// technical ones included. Role and profile are as answered, possibly in another language.
/// </summary>
public sealed class N2fUser
{
    internal N2fUser(IReadOnlyDictionary<string, object?> fields, string? companyCode)
    {
        Fields = fields;
        CompanyCode = companyCode ?? "";
    }

    public string Scope => Scopes.ScopeNames.Users;
    public string Key => Mail;
    public string Mail => Text.CleanEmail(Get("mail"));
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

    public IReadOnlyDictionary<string, object?> Fields { get; }

    private string Get(string name) =>
        Fields.TryGetValue(name, out var v) && v is not null ? Convert.ToString(v, CultureInfo.InvariantCulture) ?? "" : "";

    public override string ToString() => Mail;
}
