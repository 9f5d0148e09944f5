namespace N2fSync.N2f;

/// <summary>
/// The N2F account a configuration writes to: the API's base URL and the client id (not a secret). Sandbox and
/// production, or two tenants behind one URL, are different targets: their runs, journal, failed keys, quota spend and
/// cached lists never mix.
/// </summary>
public sealed record N2fTarget(string BaseUrl, string ClientId)
{
    /// <summary>One text form of the target, the key of everything the store keeps per target.</summary>
    public string Origin => BaseUrl.Trim() + " " + ClientId.Trim();

    public override string ToString() => $"{BaseUrl.Trim()} (client {ClientId.Trim()})";
}
