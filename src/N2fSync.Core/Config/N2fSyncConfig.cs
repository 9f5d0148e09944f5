namespace N2fSync.Config;

/// <summary>
/// The whole configuration after loading: defaults, then the YAML file, then the environment variables the earlier
/// tool used, then cmdlet parameters (applied by the caller). Relative paths are already resolved against the
/// folder of the config file.
/// </summary>
public sealed class N2fSyncConfig
{
    /// <summary>Full path of the file this came from (null when built in code).</summary>
    public string? FilePath { get; set; }

    /// <summary>A short name for this configuration (file name without extension by default); names the store file.</summary>
    public string Name { get; set; } = "n2fsync";

    public SourceOptions Source { get; set; } = new();
    public N2fOptions N2f { get; set; } = new();
    public StoreOptions Store { get; set; } = new();
    public UsersOptions Users { get; set; } = new();

    /// <summary>Axis scopes by scope name (projects, plates, subposts are built in; a customer may add more).</summary>
    public Dictionary<string, AxisScopeOptions> Axes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Company codes managed explicitly, in addition to those that appear in the source (decisions 11).</summary>
    public List<string> Companies { get; set; } = [];

    public QuotaOptions Quotas { get; set; } = new();
    public SafetyOptions Safety { get; set; } = new();
    public CacheOptions Cache { get; set; } = new();
    public LoggingOptions Logging { get; set; } = new();
    public DataQualityOptions DataQuality { get; set; } = new();
}

public enum SourceProvider { SqlServer, Sqlite, Csv }

public sealed class SourceOptions
{
    public SourceProvider Provider { get; set; } = SourceProvider.Sqlite;

    /// <summary>sqlserver: the connection string (credentials may come from AGRESSO_DB_USER / AGRESSO_DB_PASSWORD).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>sqlite: path of the database file.</summary>
    public string? Path { get; set; }

    /// <summary>csv: folder holding one file per view, named after the view plus .csv.</summary>
    public string? Folder { get; set; }

    /// <summary>csv: field delimiter; null means detect from the header line (, or ;).</summary>
    public char? Delimiter { get; set; }

    /// <summary>SQL login, when not in the connection string (AGRESSO_DB_USER).</summary>
    public string? User { get; set; }

    /// <summary>SQL password (AGRESSO_DB_PASSWORD, -SourceCredential or a ${VAR} reference). Never logged.</summary>
    public string? Password { get; set; }

    /// <summary>Name of the SQL password in a SecretManagement vault (the vault of n2f.secretVault).</summary>
    public string? PasswordSecretName { get; set; }

    /// <summary>Command timeout for SQL providers.</summary>
    public int CommandTimeoutSeconds { get; set; } = 300;

    public ViewOptions Users { get; set; } = new() { View = "iris_N2F_User" };
    public ViewOptions Analytics { get; set; } = new() { View = "iris_N2F_Analytics" };
}

public sealed class ViewOptions
{
    /// <summary>View (or table, or CSV file stem) name.</summary>
    public string View { get; set; } = "";

    /// <summary>Path of a .sql file whose text replaces the built-in query (SQL providers only).</summary>
    public string? Query { get; set; }
}

public sealed class N2fOptions
{
    public const string ProductionUrl = "https://www.n2f.com/services/api/v2/";
    public const string SandboxUrl = "https://sandbox.n2f.com/services/api/v2/";

    /// <summary>Base URL of the API, ending with a slash. Default: production, or the sandbox when Sandbox is set.</summary>
    public string? BaseUrl { get; set; }

    public string? ClientId { get; set; }

    /// <summary>From N2F_CLIENT_SECRET, -Credential or a ${VAR} reference; never written to the file by the module.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Name of the client secret in a SecretManagement vault, read when no secret came from elsewhere.</summary>
    public string? ClientSecretName { get; set; }

    /// <summary>SecretManagement vault holding the secrets; null means the default vault.</summary>
    public string? SecretVault { get; set; }

    /// <summary>Sandbox account: authMode is always sent as Integrated (domain 4.4).</summary>
    public bool Sandbox { get; set; }

    public int TokenSafetyMarginSeconds { get; set; } = 60;
    public int PageSize { get; set; } = 200;
    public int TimeoutSeconds { get; set; } = 100;

    /// <summary>Retries of a call that failed transiently (5xx, 408, 429, timeout, dropped connection).</summary>
    public int RetryCount { get; set; } = 6;

    /// <summary>
    /// Retries of a call nothing answered (connection refused, unknown host, timeout) while N2F has not answered once
    /// in the session: a wrong URL or a stopped service fails in seconds instead of the whole retry budget.
    /// </summary>
    public int UnreachableRetryCount { get; set; } = 2;

    /// <summary>First retry delay; later ones grow exponentially, with jitter.</summary>
    public double RetryBaseDelaySeconds { get; set; } = 2;

    /// <summary>HTTP proxy URL; null uses the system proxy.</summary>
    public string? Proxy { get; set; }

    public string EffectiveBaseUrl
    {
        get
        {
            var url = string.IsNullOrWhiteSpace(BaseUrl) ? (Sandbox ? SandboxUrl : ProductionUrl) : BaseUrl!.Trim();
            return url.EndsWith("/", StringComparison.Ordinal) ? url : url + "/";
        }
    }
}

public sealed class StoreOptions
{
    /// <summary>SQLite store file; null means the user's local application data folder, N2fSync/&lt;config name&gt;.db.</summary>
    public string? Path { get; set; }

    /// <summary>Runs, their journal and data-quality rows older than this are pruned at the end of each run.</summary>
    public int RetentionDays { get; set; } = 400;
}

public enum MissingManagerPolicy { Fail, SendEmpty }

public sealed class UsersOptions
{
    /// <summary>Optional N2F fields the earlier tool mapped but never sent (domain 5.1): defaultCostCenter, ssoLogin,
    /// accountingAuxiliaryNotReimbursableAccount, canDefineHisAnalytics. Off unless listed.</summary>
    public List<string> ExtraFields { get; set; } = [];

    /// <summary>What to do when a user's manager is neither in the source nor in N2F.</summary>
    public MissingManagerPolicy MissingManager { get; set; } = MissingManagerPolicy.Fail;

    public string DefaultRole { get; set; } = "Utilisateur";
    public string DefaultProfile { get; set; } = "Standard";
    public string DefaultStructure { get; set; } = "L3";
}

public sealed class AxisScopeOptions
{
    /// <summary>Value of the analytics view's typ column for this scope (compared upper-cased), e.g. PROJECT.</summary>
    public string Type { get; set; } = "";

    /// <summary>N2F axis: the fixed id "projects", or the axis name looked up per company in GET companies/{uuid}/axes.</summary>
    public string Axis { get; set; } = "";

    /// <summary>Cultures the description is sent under and compared in.</summary>
    public List<string> Cultures { get; set; } = ["fr", "nl"];

    /// <summary>Agresso statuses excluded from the sync (decisions 18); empty syncs every status.</summary>
    public List<string> ExcludeStatuses { get; set; } = [];
}

public sealed class QuotaOptions
{
    /// <summary>N2F's local time zone for the day/night windows (IANA or Windows id).</summary>
    public string TimeZone { get; set; } = "Europe/Paris";
    public string DayStarts { get; set; } = "06:00";
    public string NightStarts { get; set; } = "20:00";
    public int WindowSeconds { get; set; } = 60;
    public QuotaWindow Day { get; set; } = new() { Reads = 60, Writes = 10 };
    public QuotaWindow Night { get; set; } = new() { Reads = 200, Writes = 50 };
}

public sealed class QuotaWindow
{
    public int Reads { get; set; }
    public int Writes { get; set; }
}

public sealed class SafetyOptions
{
    /// <summary>Delete guard: planned deletes per scope and company above this count are held.</summary>
    public int MaxDeleteCount { get; set; } = 50;

    /// <summary>Delete guard: planned deletes above this share (percent) of the scope's N2F objects are held.</summary>
    public double MaxDeletePercent { get; set; } = 10;

    /// <summary>The percentage is checked only when a company has more planned deletes than this, so a small
    /// company losing one of three users is not held.</summary>
    public int PercentGuardFloor { get; set; } = 5;

    /// <summary>Keys (e-mails, codes) never updated or deleted, whatever the source says.</summary>
    public List<string> ProtectedKeys { get; set; } = [];

    /// <summary>Failure ceiling: the run stops after this many transport/5xx/timeout failures in a row.</summary>
    public int MaxConsecutiveFailures { get; set; } = 10;

    /// <summary>Failure ceiling: the run stops when this share (percent) of its writes failed, once 20 were tried.</summary>
    public double MaxFailurePercent { get; set; } = 25;
}
