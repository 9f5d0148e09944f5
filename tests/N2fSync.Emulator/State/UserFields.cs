

namespace N2fSync.Emulator;

/// <summary>A plain text field of the user payload: stored as sent, answered as stored.</summary>
internal sealed record UserTextField(
    string Name, Func<EmulatedUser, string?> Get, Func<EmulatedUser, string?, EmulatedUser> Set, bool AlwaysAnswered = false);

/// <summary>A boolean field of the user payload (JSON true/false only).</summary>
internal sealed record UserFlagField(string Name, Func<EmulatedUser, bool?> Get, Func<EmulatedUser, bool?, EmulatedUser> Set);

/// <summary>
/// The user fields that need no lookup, in answer order. One table drives both parsing and answering so the two
/// cannot drift apart. <c>mail</c>, <c>company</c>, <c>role</c>, <c>profile</c>, <c>managerMail</c> and
/// <c>culture</c> are validated, so <see cref="UserPatch"/> and <see cref="UserJson"/> handle them by name.
/// </summary>
internal static class UserFields
{
    public static readonly UserTextField[] Texts =
    [
        new("firstname", u => u.Firstname, (u, v) => u with { Firstname = v }, AlwaysAnswered: true),
        new("lastname", u => u.Lastname, (u, v) => u with { Lastname = v }, AlwaysAnswered: true),
        new("currencyIsoCode", u => u.CurrencyIsoCode, (u, v) => u with { CurrencyIsoCode = v }),
        new("jobTitle", u => u.JobTitle, (u, v) => u with { JobTitle = v }),
        new("employeeNumber", u => u.EmployeeNumber, (u, v) => u with { EmployeeNumber = v }),
        new("structure", u => u.Structure, (u, v) => u with { Structure = v }),
        new("accountingAuxiliaryAccount", u => u.AccountingAuxiliaryAccount, (u, v) => u with { AccountingAuxiliaryAccount = v }),
        new("authMode", u => u.AuthMode, (u, v) => u with { AuthMode = v }),
        new("defaultCostCenter", u => u.DefaultCostCenter, (u, v) => u with { DefaultCostCenter = v }),
        new("ssoLogin", u => u.SsoLogin, (u, v) => u with { SsoLogin = v }),
        new(
            "accountingAuxiliaryNotReimbursableAccount",
            u => u.AccountingAuxiliaryNotReimbursableAccount,
            (u, v) => u with { AccountingAuxiliaryNotReimbursableAccount = v }),
    ];

    public static readonly UserFlagField[] Flags =
    [
        new("canCreateVehicle", u => u.CanCreateVehicle, (u, v) => u with { CanCreateVehicle = v }),
        new("personnalCarHaveToBeApproved", u => u.PersonnalCarHaveToBeApproved, (u, v) => u with { PersonnalCarHaveToBeApproved = v }),
        new("removeHomeWorkDistance", u => u.RemoveHomeWorkDistance, (u, v) => u with { RemoveHomeWorkDistance = v }),
        new("gotProPayment", u => u.GotProPayment, (u, v) => u with { GotProPayment = v }),
        new("canRaiseLimits", u => u.CanRaiseLimits, (u, v) => u with { CanRaiseLimits = v }),
        new("canDefineHisAnalytics", u => u.CanDefineHisAnalytics, (u, v) => u with { CanDefineHisAnalytics = v }),
    ];
}
