namespace N2fSync.N2f.Http;

/// <summary>API client credentials. ToString never shows the secret.</summary>
public sealed class N2fCredentials(string clientId, string clientSecret)
{
    public string ClientId { get; } = clientId;
    internal string ClientSecret { get; } = clientSecret;
    public override string ToString() => $"{ClientId} (secret hidden)";
}
