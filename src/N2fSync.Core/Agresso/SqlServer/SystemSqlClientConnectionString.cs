using System.Data.Common;
using N2fSync.Config;

namespace N2fSync.Agresso.SqlServer;

/// <summary>
/// Rewrites a connection string written for Microsoft.Data.SqlClient into one the .NET Framework's
/// System.Data.SqlClient reads with the same meaning. What differs:
/// <list type="bullet">
/// <item>Encrypt: Microsoft.Data.SqlClient encrypts unless told otherwise (Mandatory); the old driver does not.
/// An absent Encrypt is written as True, so a connection is never less protected on 5.1. Mandatory/Optional
/// become True/False; Strict (TDS 8) has no equivalent and is refused.</item>
/// <item>Authentication: only SqlPassword exists for both; the Entra ID methods are refused (the old driver
/// needs a native library for them that is rarely installed). Windows logins use Integrated Security.</item>
/// <item>Keyword spellings (Trust Server Certificate, Application Intent, Multi Subnet Failover...) are
/// written as the old driver spells them; keywords it lacks are refused with a reason.</item>
/// </list>
/// </summary>
internal static class SystemSqlClientConnectionString
{
    public static DbConnectionStringBuilder Build(SourceOptions options)
    {
        var written = SqlServerConnectionString.Parse(options.ConnectionString, s => new DbConnectionStringBuilder { ConnectionString = s });
        var result = new DbConnectionStringBuilder();
        foreach (string key in written.Keys)
        {
            var value = Convert.ToString(written[key], System.Globalization.CultureInfo.InvariantCulture) ?? "";
            if (!SystemSqlClientKeywords.ToSystem.TryGetValue(key, out var system))
                throw Refused($"'{key}' is not a SQL Server connection string keyword.");
            switch (system)
            {
                case null:
                    throw Refused($"'{key}' is understood by Microsoft.Data.SqlClient (PowerShell 7) but not by {Unsupported}");
                case SystemSqlClientKeywords.CommandTimeout:
                    break;
                case SystemSqlClientKeywords.Encrypt:
                    result[system] = Encrypt(value);
                    break;
                case SystemSqlClientKeywords.Authentication:
                    result[system] = Authentication(value);
                    break;
                default:
                    result[system] = value;
                    break;
            }
        }
        if (!result.ContainsKey(SystemSqlClientKeywords.Encrypt)) result[SystemSqlClientKeywords.Encrypt] = "True";
        SqlServerConnectionString.ApplyLogin(result, options.User, options.Password?.Reveal());
        return result;
    }

    private const string Unsupported =
        "System.Data.SqlClient, the driver Windows PowerShell 5.1 uses; remove it, or run N2fSync in PowerShell 7.4 or later.";

    private static string Encrypt(string value) => value.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "mandatory" => "True",
        "false" or "no" or "optional" => "False",
        "strict" => throw Refused($"Encrypt=Strict (TDS 8) is understood by Microsoft.Data.SqlClient (PowerShell 7) but not by {Unsupported}"),
        _ => throw Refused($"Encrypt '{value}' is not one of True, False, Mandatory, Optional or Strict."),
    };

    private static string Authentication(string value)
    {
        var method = value.Replace(" ", "");
        if (method.Equals("SqlPassword", StringComparison.OrdinalIgnoreCase)) return "Sql Password";
        throw Refused($"Authentication={value} is not available with System.Data.SqlClient, the driver Windows PowerShell 5.1 "
                      + "uses; use a SQL login, Integrated Security=True (the Windows account running N2fSync), or PowerShell 7.4 or later.");
    }

    private static AgressoSourceException Refused(string reason) =>
        new($"sqlserver source: source.connectionString: {reason}");
}
