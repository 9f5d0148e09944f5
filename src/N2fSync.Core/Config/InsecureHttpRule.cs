using System.Net;

namespace N2fSync.Config;

/// <summary>
/// A URL that carries a secret (the N2F client secret, a webhook URL that grants posting) must be https, unless it
/// stays on this machine (localhost, 127.0.0.0/8, ::1), where nothing crosses the network; a key allows it
/// explicitly, with a warning.
/// </summary>
internal static class InsecureHttpRule
{
    public static void Check(ConfigReadContext ctx, string key, Uri uri, bool allowed, string allowKey, string what)
    {
        if (uri.Scheme != Uri.UriSchemeHttp || IsLoopback(uri))
            return;
        if (allowed)
            ctx.Warning(key, $"is plain http to {uri.Host}: {what} crosses the network unencrypted ({allowKey} is true).");
        else
            ctx.Error(key, $"is plain http to {uri.Host}, which would send {what} unencrypted; use https, or set {allowKey}: true for a test server on a network you trust.");
    }

    /// <summary>localhost, 127.0.0.0/8 and ::1 (also written as an IPv4-mapped IPv6 address).</summary>
    public static bool IsLoopback(Uri uri)
    {
        var host = uri.Host.Trim('[', ']');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            return true;
        if (!IPAddress.TryParse(host, out var address))
            return false;
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        return IPAddress.IsLoopback(address);
    }
}
