using N2fSync.Config;

namespace N2fSync.N2f.Http;

/// <summary>API client credentials. ToString never shows the secret.</summary>
public sealed class N2fCredentials(string clientId, Secret clientSecret)
{
    public string ClientId { get; } = clientId;

    /// <summary>Read only for the authentication body (and to redact it from messages).</summary>
    internal string ClientSecret => clientSecret.Reveal();
    public override string ToString() => $"{ClientId} (secret hidden)";
}
