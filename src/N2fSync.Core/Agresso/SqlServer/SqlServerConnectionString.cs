using System.Data.Common;

namespace N2fSync.Agresso.SqlServer;

/// <summary>
/// A connection string ready for one driver, with what may be said about it: the server and database (never
/// credentials) and the secrets to keep out of messages.
/// </summary>
internal sealed class SqlServerConnectionString
{
    private SqlServerConnectionString(string value, string location, IReadOnlyList<string> secrets)
    {
        Value = value;
        Location = location;
        Secrets = secrets;
    }

    /// <summary>The full string, password included: for the driver only.</summary>
    public string Value { get; }

    /// <summary>"server 'x', database 'y'": safe in messages.</summary>
    public string Location { get; }

    public IReadOnlyList<string> Secrets { get; }

    /// <summary>
    /// Applies the SQL login from the options (AGRESSO_DB_USER / AGRESSO_DB_PASSWORD, -SourceCredential or the config)
    /// to a parsed connection string, so the file need not hold it. With neither set, the string is used as written,
    /// which keeps Windows integrated security possible. Keys are set by the spelling every SqlClient accepts.
    /// </summary>
    public static void ApplyLogin(DbConnectionStringBuilder builder, string? user, string? password)
    {
        if (!string.IsNullOrEmpty(user))
        {
            builder["User ID"] = user;
            // A login given explicitly is meant to be used; with integrated security on, SqlClient would ignore it.
            builder["Integrated Security"] = false;
        }
        if (!string.IsNullOrEmpty(password)) builder["Password"] = password;
    }

    /// <summary>The finished string of <paramref name="builder"/>; <paramref name="password"/> is kept out of messages too.</summary>
    public static SqlServerConnectionString Of(DbConnectionStringBuilder builder, string? password)
    {
        var secrets = new[] { password, Read(builder, "Password") }
            .Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).Distinct().ToArray();
        var server = Read(builder, "Data Source");
        var database = Read(builder, "Initial Catalog");
        var location = string.IsNullOrEmpty(database) ? $"server '{server}'" : $"server '{server}', database '{database}'";
        return new SqlServerConnectionString(builder.ConnectionString, location, secrets);
    }

    /// <summary>
    /// Parses the configured string with the driver's own parser, turning its complaint into an error that names the
    /// config key. Parsers name keywords and positions, never values; the inner exception is dropped all the same
    /// because its data could carry the string.
    /// </summary>
    public static T Parse<T>(string? connectionString, Func<string, T> parse)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new AgressoSourceException("sqlserver source: source.connectionString is not set.");
        try
        {
            return parse(connectionString!);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException or InvalidCastException)
        {
            throw new AgressoSourceException($"sqlserver source: source.connectionString cannot be read: {ex.Message}");
        }
    }

    private static string? Read(DbConnectionStringBuilder builder, string key) =>
        builder.TryGetValue(key, out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null;
}
