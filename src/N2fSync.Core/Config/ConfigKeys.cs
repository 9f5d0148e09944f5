namespace N2fSync.Config;

/// <summary>
/// The YAML keys each section accepts, spelled as written in the file (camelCase, matched case-insensitively).
/// One list per section so the reader, the "did you mean" hint and the template test all agree on the schema.
/// </summary>
internal static class ConfigKeys
{
    public static readonly string[] Root = ["name", "source", "n2f", "store", "users", "axes", "companies", "quotas", "safety", "cache", "logging", "dataQuality"];

    public static readonly string[] Source =
        ["provider", "connectionString", "path", "folder", "delimiter", "user", "password", "passwordSecretName", "commandTimeoutSeconds", "users", "analytics"];

    public static readonly string[] View = ["view", "query"];

    public static readonly string[] N2f =
        ["baseUrl", "clientId", "clientSecret", "clientSecretName", "secretVault", "sandbox", "tokenSafetyMarginSeconds", "pageSize", "timeoutSeconds", "retryCount", "unreachableRetryCount", "retryBaseDelaySeconds", "proxy"];

    public static readonly string[] Store = ["path", "retentionDays"];

    public static readonly string[] Cache = ["enabled", "ttlMinutes", "maxMegabytes", "syncReadsFresh"];

    public static readonly string[] Logging = ["json"];

    public static readonly string[] DataQuality = ["maxLength"];

    /// <summary>Fields whose length dataQuality.maxLength can cap: N2F's user text fields, then axis values' code and description.</summary>
    public static readonly string[] MaxLength = [.. DataQualityOptions.Defaults().Keys];

    public static readonly string[] Users = ["extraFields", "missingManager", "defaultRole", "defaultProfile", "defaultStructure"];

    public static readonly string[] AxisScope = ["type", "axis", "cultures", "excludeStatuses"];

    public static readonly string[] Quotas = ["timeZone", "dayStarts", "nightStarts", "windowSeconds", "day", "night"];

    public static readonly string[] QuotaWindow = ["reads", "writes"];

    public static readonly string[] Safety = ["maxDeleteCount", "maxDeletePercent", "percentGuardFloor", "protectedKeys", "maxConsecutiveFailures", "maxFailurePercent"];

    /// <summary>Every section with its key path prefix, for tests that check the template and the docs mention each key.</summary>
    public static IEnumerable<(string Section, string[] Keys)> All() =>
    [
        ("", Root), ("source", Source), ("source.users", View), ("n2f", N2f), ("store", Store), ("users", Users),
        ("axes.<scope>", AxisScope), ("quotas", Quotas), ("quotas.day", QuotaWindow), ("safety", Safety),
        ("cache", Cache), ("logging", Logging), ("dataQuality", DataQuality), ("dataQuality.maxLength", MaxLength),
    ];

    /// <summary>Keys whose value is a secret: never echoed in a message, and a literal value draws a warning.</summary>
    public static bool IsSecret(string keyPath) =>
        keyPath.Equals("n2f.clientSecret", StringComparison.OrdinalIgnoreCase)
        || keyPath.Equals("source.password", StringComparison.OrdinalIgnoreCase);

    public static string Join(string parent, string key) => parent.Length == 0 ? key : parent + "." + key;
}
