namespace N2fSync.Config;

/// <summary>A notification mail, sent through an SMTP server over TLS.</summary>
public sealed class MailOptions
{
    /// <summary>Host name of the SMTP server.</summary>
    public string? SmtpServer { get; set; }

    /// <summary>587 (STARTTLS) by default; 465 is implicit TLS.</summary>
    public int Port { get; set; } = NotifyDefaults.SmtpPort;

    public string? From { get; set; }

    public List<string> To { get; set; } = [];

    /// <summary>SMTP login; null sends without authentication.</summary>
    public string? User { get; set; }

    public Secret? Password { get; set; }

    /// <summary>Name of the SMTP password in a SecretManagement vault (the vault of n2f.secretVault).</summary>
    public string? PasswordSecretName { get; set; }
}
