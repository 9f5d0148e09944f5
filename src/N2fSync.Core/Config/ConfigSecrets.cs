using System.Text.RegularExpressions;

namespace N2fSync.Config;

/// <summary>
/// Keeps secrets out of messages: a secret key's value shows as ***, and a connection string shows with its
/// Password=… masked (config messages end up in logs and CI output).
/// </summary>
internal static class ConfigSecrets
{
    public const string Mask = "***";

    // Password / Pwd, with a value that may be quoted with " or ' (doubled quotes inside) or run to the next ;.
    private static readonly Regex PasswordPart = new(
        @"(?<name>(?:^|;)\s*(?:password|pwd)\s*=\s*)(?<value>""(?:[^""]|"""")*""|'(?:[^']|'')*'|[^;]*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The value as it may appear in a message for this key.</summary>
    public static string Show(string key, string value)
    {
        if (ConfigSchema.IsSecret(key))
            return Mask;
        if (key.EndsWith("connectionString", StringComparison.OrdinalIgnoreCase))
            return MaskConnectionString(value);
        return value;
    }

    public static string MaskConnectionString(string connectionString) =>
        PasswordPart.Replace(connectionString, m => m.Groups["value"].Value.Trim().Length == 0 ? m.Value : m.Groups["name"].Value + Mask);

    /// <summary>
    /// Moves a <c>Password=</c> out of the connection string into <see cref="SourceOptions.Password"/> (unless a
    /// password came from elsewhere, which wins as it always has), so the string itself holds no secret and can be
    /// shown. The value is unquoted the way SQL Server reads it.
    /// </summary>
    public static void MovePasswordOutOfConnectionString(SourceOptions source)
    {
        if (source.ConnectionString is not { } connectionString)
            return;
        string? password = null;
        var rest = PasswordPart.Replace(connectionString, m =>
        {
            var value = m.Groups["value"].Value.Trim();
            if (value.Length == 0)
                return m.Value;
            password ??= Unquote(value);
            return "";
        });
        if (password is null)
            return;
        source.ConnectionString = rest.Trim().Trim(';').Trim();
        source.Password ??= password;
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] is '"' or '\'' && value[value.Length - 1] == value[0])
            return value.Substring(1, value.Length - 2).Replace(new string(value[0], 2), value[0].ToString());
        return value;
    }

    /// <summary>True when the connection string carries a password written out rather than a ${VAR} reference.</summary>
    public static bool HasLiteralPassword(string connectionString)
    {
        foreach (Match m in PasswordPart.Matches(connectionString))
        {
            var value = m.Groups["value"].Value.Trim();
            if (value.Length > 0 && !EnvReferenceExpander.ContainsReference(value))
                return true;
        }
        return false;
    }
}
