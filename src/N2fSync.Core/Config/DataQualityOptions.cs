namespace N2fSync.Config;

/// <summary>Source checks beyond the shape of a row: value lengths N2F accepts.</summary>
public sealed class DataQualityOptions
{
    /// <summary>Longest value accepted per N2F field (users and axis values); 0 turns the check off for that field.</summary>
    public Dictionary<string, int> MaxLength { get; set; } = Defaults();

    /// <summary>Lengths N2F is comfortable with: names and titles 100, codes and accounts 50, descriptions 255, e-mails 254.</summary>
    public static Dictionary<string, int> Defaults() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["mail"] = 254,
        ["firstname"] = 100,
        ["lastname"] = 100,
        ["jobTitle"] = 100,
        ["employeeNumber"] = 50,
        ["accountingAuxiliaryAccount"] = 50,
        ["accountingAuxiliaryNotReimbursableAccount"] = 50,
        ["defaultCostCenter"] = 50,
        ["ssoLogin"] = 254,
        ["code"] = 50,
        ["description"] = 255,
    };
}
