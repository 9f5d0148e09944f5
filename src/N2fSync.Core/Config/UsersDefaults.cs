namespace N2fSync.Config;

/// <summary>Defaults and allowed values of <c>users:</c>.</summary>
public static class UsersDefaults
{
    public const MissingManagerPolicy MissingManager = MissingManagerPolicy.Fail;
    public const string DefaultRole = "Utilisateur";
    public const string DefaultProfile = "Standard";
    public const string DefaultStructure = "L3";

    /// <summary>Optional user fields the earlier tool mapped but never sent; off unless listed in users.extraFields.</summary>
    public static IReadOnlyList<string> ExtraFieldChoices { get; } =
        ["defaultCostCenter", "ssoLogin", "accountingAuxiliaryNotReimbursableAccount", "canDefineHisAnalytics"];
}
