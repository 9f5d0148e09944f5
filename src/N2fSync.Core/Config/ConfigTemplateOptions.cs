namespace N2fSync.Config;

/// <summary>What <c>New-N2fSyncConfig</c> fills into the starter file; anything left null gets a sample value.</summary>
public sealed class ConfigTemplateOptions
{
    /// <summary>
    /// Null: the provider the location given implies (<see cref="ConnectionString"/> sqlserver, <see cref="SqlitePath"/>
    /// sqlite, <see cref="CsvFolder"/> csv), else sqlite. A location of another provider is refused.
    /// </summary>
    public SourceProvider? Provider { get; set; }

    /// <summary>sqlserver: must not hold a password (the template refuses one; use AGRESSO_DB_PASSWORD).</summary>
    public string? ConnectionString { get; set; }

    public string? SqlitePath { get; set; }

    public string? CsvFolder { get; set; }

    /// <summary>Default: the sandbox or production URL, following <see cref="Sandbox"/>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>A new configuration starts against the sandbox, so a first run cannot touch production.</summary>
    public bool Sandbox { get; set; } = true;

    /// <summary>Written into the file when given (it is not a secret); otherwise left to N2F_CLIENT_ID.</summary>
    public string? ClientId { get; set; }
}
