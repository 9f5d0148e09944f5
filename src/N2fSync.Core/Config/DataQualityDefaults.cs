namespace N2fSync.Config;

/// <summary>Defaults of <c>dataQuality:</c>.</summary>
public static class DataQualityDefaults
{
    /// <summary>
    /// Lengths N2F is comfortable with, per field (users' N2F field names, then axis values' code and description):
    /// names and titles 100, codes and accounts 50, descriptions 255, e-mails 254.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, int>> MaxLength { get; } =
    [
        new("mail", 254),
        new("firstname", 100),
        new("lastname", 100),
        new("jobTitle", 100),
        new("employeeNumber", 50),
        new("accountingAuxiliaryAccount", 50),
        new("accountingAuxiliaryNotReimbursableAccount", 50),
        new("defaultCostCenter", 50),
        new("ssoLogin", 254),
        new("code", 50),
        new("description", 255),
    ];
}
