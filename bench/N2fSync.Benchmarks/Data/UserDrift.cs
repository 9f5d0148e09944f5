using N2fSync.Agresso;
using N2fSync.Emulator;

namespace N2fSync.Benchmarks.Data;

/// <summary>
/// Turns normalized source users into what N2F holds when it is in step (role and profile as uuids, empties as
/// unset), then changes one field of a user in a way the sync must see as a difference (domain.md §6).
/// </summary>
internal static class UserDrift
{
    private static readonly Dictionary<string, string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Utilisateur"] = ReferenceData.RoleUserUuid, ["Gebruiker"] = ReferenceData.RoleUserUuid,
        ["Manager"] = ReferenceData.RoleManagerUuid, ["Administrateur"] = ReferenceData.RoleAdministratorUuid,
    };

    private static readonly Dictionary<string, string> Profiles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Standard"] = ReferenceData.ProfileStandardUuid, ["Standaard"] = ReferenceData.ProfileStandardUuid,
        ["Cadre"] = ReferenceData.ProfileExecutiveUuid, ["Kader"] = ReferenceData.ProfileExecutiveUuid,
    };

    public static EmulatedUser InStep(AgressoUser user) => new()
    {
        Mail = user.Mail,
        Firstname = user.FirstName,
        Lastname = user.LastName,
        Company = BenchCompany.All.First(c => c.Code == user.Company).Uuid,
        RoleUuid = Roles[user.Role],
        ProfileUuid = Profiles[user.Profile],
        ManagerMail = Unset(user.ManagerMail),
        Culture = Unset(user.Culture),
        CurrencyIsoCode = Unset(user.CurrencyIsoCode),
        JobTitle = Unset(user.JobTitle),
        EmployeeNumber = Unset(user.EmployeeNumber),
        Structure = user.Structure,
        CanCreateVehicle = user.CanCreateVehicle,
        PersonnalCarHaveToBeApproved = user.PersonalCarNeedsApproval,
        RemoveHomeWorkDistance = user.RemoveHomeWorkDistance,
        GotProPayment = user.ProPayment,
        AccountingAuxiliaryAccount = Unset(user.AccountingAuxiliaryAccount),
        CanRaiseLimits = user.CanRaiseLimits,
        AuthMode = Unset(user.AuthMode),
    };

    /// <summary>One field changed, seven kinds in turn; each is a real difference under the comparison rules.</summary>
    public static EmulatedUser Changed(EmulatedUser user, int kind, string companyHead) => (kind % 7) switch
    {
        // ' and ’ differ (decisions.md §6); so does case.
        0 => user with { Lastname = OtherSpelling(user.Lastname ?? "") },
        1 => user with { JobTitle = "Ancienne fonction" },
        2 => user with { CanCreateVehicle = user.CanCreateVehicle != true },
        3 => user with { Structure = user.Structure == "L1" ? "L2" : "L1" },
        // 00123 ≠ 123: employee numbers are text.
        4 => user with { EmployeeNumber = user.EmployeeNumber?.TrimStart('0') is { } n && n != user.EmployeeNumber ? n : user.EmployeeNumber + "0" },
        5 => user with { RoleUuid = user.RoleUuid == ReferenceData.RoleAdministratorUuid ? ReferenceData.RoleUserUuid : ReferenceData.RoleAdministratorUuid },
        _ => user.ManagerMail is not null ? user with { ManagerMail = null }
            : user.Mail != companyHead ? user with { ManagerMail = companyHead }
            : user with { JobTitle = "Ancienne fonction" },
    };

    /// <summary>A former colleague N2F still has and the source no longer lists: no reports, so deleting is safe.</summary>
    public static EmulatedUser Extra(int index, BenchCompany company) => new()
    {
        Mail = $"ancien.collegue{index}@{company.Domain}",
        Firstname = "Ancien",
        Lastname = "Collègue",
        Company = company.Uuid,
        RoleUuid = ReferenceData.RoleUserUuid,
        ProfileUuid = ReferenceData.ProfileStandardUuid,
        Culture = "fr",
        CurrencyIsoCode = "EUR",
        Structure = "L3",
        AuthMode = "Sso",
    };

    private static string OtherSpelling(string name) =>
        name.Contains('\'') ? name.Replace('\'', '’')
        : name.Contains('’') ? name.Replace('’', '\'')
        : name.ToUpperInvariant() != name ? name.ToUpperInvariant() : name + "-Dupont";

    private static string? Unset(string value) => value.Length == 0 ? null : value;
}
