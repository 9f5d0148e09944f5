namespace N2fSync.Config;

/// <summary>
/// The ranges and allowed values validation enforces, in one place so the messages, the docs and the template
/// quote the same numbers.
/// </summary>
public static class ConfigLimits
{
    /// <summary>N2F serves at most 200 items per page.</summary>
    public const int MaxPageSize = 200;

    public const double MaxDeletePercent = 100;

    /// <summary>Optional user fields the earlier tool mapped but never sent (domain 5.1); off unless listed.</summary>
    public static readonly IReadOnlyList<string> UserExtraFields =
        ["defaultCostCenter", "ssoLogin", "accountingAuxiliaryNotReimbursableAccount", "canDefineHisAnalytics"];

    /// <summary>Scope names the cmdlets use for something else (<c>-Scope users</c>, <c>-Scope all</c>).</summary>
    public static readonly IReadOnlyList<string> ReservedScopeNames = ["users", "all"];

    public const string DefaultConfigFileName = "n2fsync.yaml";
}
