using System.Data.Common;
using Microsoft.Data.SqlClient;
using N2fSync.Config;

namespace N2fSync.Agresso;

/// <summary>Reads the views from Agresso's SQL Server database, with a SQL login or Windows integrated security.</summary>
public sealed class SqlServerAgressoSource : DbAgressoSource
{
    private readonly string _connectionString;
    private readonly string _location;
    private readonly string[] _secrets;

    public SqlServerAgressoSource(SourceOptions options)
        : base((options ?? throw new ArgumentNullException(nameof(options))).CommandTimeoutSeconds)
    {
        var builder = BuildConnectionString(options);
        _connectionString = builder.ConnectionString;
        _location = DescribeLocation(builder);
        _secrets = new[] { options.Password?.Reveal(), builder.Password }
            .Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).Distinct().ToArray();
    }

    public override string Provider => "sqlserver";

    protected override string Location => _location;

    protected override DbConnection CreateConnection() => new SqlConnection(_connectionString);

    // Drivers do not echo passwords today; this guarantees it stays so. A very short password may blank out
    // innocent letters of a message, which is the better failure.
    protected override string Redact(string message) =>
        _secrets.Aggregate(message, (text, secret) => text.Replace(secret, "***"));

    /// <summary>
    /// The configured connection string with the SQL login applied. User and password come from AGRESSO_DB_USER and
    /// AGRESSO_DB_PASSWORD (or the config) so the file need not hold them; when neither is set the string is used as
    /// written, which keeps Windows integrated security possible.
    /// </summary>
    internal static SqlConnectionStringBuilder BuildConnectionString(SourceOptions options)
    {
        var (connectionString, user, password) = (options.ConnectionString, options.User, options.Password?.Reveal());
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new AgressoSourceException("sqlserver source: source.connectionString is not set.");
        SqlConnectionStringBuilder builder;
        try
        {
            builder = new SqlConnectionStringBuilder(connectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
        {
            // The parser names keywords and positions, never values; the inner exception is dropped all the same
            // because its stack data could carry the string.
            throw new AgressoSourceException($"sqlserver source: source.connectionString cannot be read: {ex.Message}");
        }
        if (!string.IsNullOrEmpty(user))
        {
            builder.UserID = user;
            // A login given explicitly is meant to be used; with integrated security on, SqlClient would ignore it.
            builder.IntegratedSecurity = false;
        }
        if (!string.IsNullOrEmpty(password)) builder.Password = password;
        return builder;
    }

    private static string DescribeLocation(SqlConnectionStringBuilder builder) =>
        string.IsNullOrEmpty(builder.InitialCatalog)
            ? $"server '{builder.DataSource}'"
            : $"server '{builder.DataSource}', database '{builder.InitialCatalog}'";
}
