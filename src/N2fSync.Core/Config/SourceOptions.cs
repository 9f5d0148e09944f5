namespace N2fSync.Config;

/// <summary>Where the Agresso views come from, and the credentials of a SQL source.</summary>
public sealed class SourceOptions
{
    public SourceProvider Provider { get; set; } = SourceDefaults.Provider;

    /// <summary>
    /// sqlserver: the connection string, without its password: a <c>Password=</c> written in it is moved to
    /// <see cref="Password"/> at load, so the string can be shown.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>sqlite: path of the database file.</summary>
    public string? Path { get; set; }

    /// <summary>csv: folder holding one file per view, named after the view plus .csv.</summary>
    public string? Folder { get; set; }

    /// <summary>csv: field delimiter; null means detect from the header line (, or ;).</summary>
    public char? Delimiter { get; set; }

    /// <summary>SQL login, when not in the connection string (AGRESSO_DB_USER).</summary>
    public string? User { get; set; }

    /// <summary>SQL password (AGRESSO_DB_PASSWORD, -SourceCredential, a ${VAR} reference or the connection string).</summary>
    public Secret? Password { get; set; }

    /// <summary>Name of the SQL password in a SecretManagement vault (the vault of n2f.secretVault).</summary>
    public string? PasswordSecretName { get; set; }

    /// <summary>Command timeout for SQL providers.</summary>
    public int CommandTimeoutSeconds { get; set; } = SourceDefaults.CommandTimeoutSeconds;

    public ViewOptions Users { get; set; } = new() { View = SourceDefaults.UsersView };
    public ViewOptions Analytics { get; set; } = new() { View = SourceDefaults.AnalyticsView };

    /// <summary>The provider and where it reads, e.g. <c>sqlite '/data/agresso.db'</c>; never a password.</summary>
    public override string ToString()
    {
        var name = SourceSchema.ProviderName(Provider);
        var location = Provider switch
        {
            SourceProvider.SqlServer => ConnectionString is null ? null : ConfigSecrets.MaskConnectionString(ConnectionString),
            SourceProvider.Csv => Folder,
            _ => Path,
        };
        return location is null ? name : $"{name} '{location}'";
    }
}
