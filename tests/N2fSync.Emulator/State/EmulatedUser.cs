

namespace N2fSync.Emulator;

/// <summary>
/// A stored N2F user. Role and profile are kept as uuids (N2F answers them as display names in the account's
/// culture); null means "never set", which the API answers by omitting the field or answering null.
/// </summary>
public sealed record EmulatedUser
{
    public string Uuid { get; init; } = Guid.NewGuid().ToString();

    /// <summary>The key, stored lower-case.</summary>
    public required string Mail { get; init; }

    public string? Firstname { get; init; }

    public string? Lastname { get; init; }

    /// <summary>The company uuid.</summary>
    public string? Company { get; init; }

    public string? RoleUuid { get; init; }

    public string? ProfileUuid { get; init; }

    public string? ManagerMail { get; init; }

    public string? Culture { get; init; }

    public string? CurrencyIsoCode { get; init; }

    public string? JobTitle { get; init; }

    public string? EmployeeNumber { get; init; }

    public string? Structure { get; init; }

    public bool? CanCreateVehicle { get; init; }

    public bool? PersonnalCarHaveToBeApproved { get; init; }

    public bool? RemoveHomeWorkDistance { get; init; }

    public bool? GotProPayment { get; init; }

    public string? AccountingAuxiliaryAccount { get; init; }

    public bool? CanRaiseLimits { get; init; }

    public string? AuthMode { get; init; }

    public string? DefaultCostCenter { get; init; }

    public string? SsoLogin { get; init; }

    public string? AccountingAuxiliaryNotReimbursableAccount { get; init; }

    public bool? CanDefineHisAnalytics { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
