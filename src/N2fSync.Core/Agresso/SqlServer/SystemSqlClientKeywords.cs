namespace N2fSync.Agresso.SqlServer;

/// <summary>
/// Every connection-string keyword Microsoft.Data.SqlClient 7 accepts (its names and synonyms, lower-cased), with the
/// spelling the .NET Framework's System.Data.SqlClient reads. Config files are written for PowerShell 7's driver;
/// on Windows PowerShell 5.1 the same file must mean the same connection or be refused with a reason. Newer spellings
/// with spaces ("Trust Server Certificate", "Application Intent", "Multi Subnet Failover") are unknown there.
/// </summary>
internal static class SystemSqlClientKeywords
{
    /// <summary>Handled by <see cref="SystemSqlClientConnectionString"/> itself: values differ between the drivers.</summary>
    public const string Encrypt = "Encrypt";
    public const string Authentication = "Authentication";

    /// <summary>Dropped: the source sets every command's timeout from source.commandTimeoutSeconds, on both drivers.</summary>
    public const string CommandTimeout = "";

    /// <summary>Microsoft.Data.SqlClient keyword → System.Data.SqlClient keyword; null when the old driver has none.</summary>
    public static readonly IReadOnlyDictionary<string, string?> ToSystem = Build();

    private static Dictionary<string, string?> Build()
    {
        var map = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        void Add(string? system, params string[] spellings)
        {
            foreach (var spelling in spellings) map.Add(spelling, system);
        }

        Add("Data Source", "data source", "server", "addr", "address", "network address");
        Add("Failover Partner", "failover partner", "failoverpartner");
        Add("AttachDbFilename", "attachdbfilename", "extended properties", "initial file name");
        Add("Initial Catalog", "initial catalog", "database");
        Add("Integrated Security", "integrated security", "trusted_connection");
        Add("Persist Security Info", "persist security info", "persistsecurityinfo");
        Add("User ID", "user id", "uid", "user");
        Add("Password", "password", "pwd");
        Add("Enlist", "enlist");
        Add("Pooling", "pooling");
        Add("Min Pool Size", "min pool size");
        Add("Max Pool Size", "max pool size");
        Add("PoolBlockingPeriod", "pool blocking period", "poolblockingperiod");
        Add("MultipleActiveResultSets", "multiple active result sets", "multipleactiveresultsets");
        Add("Replication", "replication");
        Add("Connect Timeout", "connect timeout", "connection timeout", "timeout", "connecttimeout");
        Add("TrustServerCertificate", "trust server certificate", "trustservercertificate");
        Add("Load Balance Timeout", "load balance timeout", "connection lifetime");
        Add("Packet Size", "packet size", "packetsize");
        Add("Type System Version", "type system version");
        Add("Application Name", "application name", "app");
        Add("Current Language", "current language", "language");
        Add("Workstation ID", "workstation id", "wsid", "workstationid");
        Add("User Instance", "user instance");
        Add("Transaction Binding", "transaction binding");
        Add("ApplicationIntent", "application intent", "applicationintent");
        Add("MultiSubnetFailover", "multi subnet failover", "multisubnetfailover");
        Add("ConnectRetryCount", "connect retry count", "connectretrycount");
        Add("ConnectRetryInterval", "connect retry interval", "connectretryinterval");
        Add("Column Encryption Setting", "column encryption setting");
        Add("Enclave Attestation Url", "enclave attestation url");
        Add("Context Connection", "context connection");
        Add(Encrypt, "encrypt");
        Add(Authentication, "authentication");
        Add(CommandTimeout, "command timeout");
        // Certificate pinning, SPNs, IP family preference, attestation protocol and idle-connection pruning came
        // with Microsoft.Data.SqlClient: the old driver cannot honour them, and silently ignoring a security
        // setting is worse than refusing it.
        Add(null, "host name in certificate", "hostnameincertificate", "server certificate", "servercertificate",
            "server spn", "serverspn", "failover partner spn", "failoverpartnerspn", "ip address preference",
            "ipaddresspreference", "attestation protocol", "connection idle timeout");
        return map;
    }
}
