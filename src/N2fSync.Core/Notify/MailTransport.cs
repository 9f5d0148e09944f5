using MailKit.Security;

namespace N2fSync.Notify;

/// <summary>
/// How a notification mail travels: TLS from the first byte on port 465, STARTTLS (required) on any other port. An SMTP
/// server on this machine (localhost, 127.0.0.0/8, ::1) is the exception, as for http:// URLs: nothing crosses the
/// network, so STARTTLS is used when offered and its certificate, which cannot be issued for localhost, is not checked.
/// </summary>
internal static class MailTransport
{
    public const int ImplicitTlsPort = 465;

    public static SecureSocketOptions Security(string host, int port, int implicitTlsPort = ImplicitTlsPort) =>
        port == implicitTlsPort ? SecureSocketOptions.SslOnConnect
        : IsLoopback(host) ? SecureSocketOptions.StartTlsWhenAvailable
        : SecureSocketOptions.StartTls;

    /// <summary>True for a server on this machine, whose certificate is not checked.</summary>
    public static bool SkipsCertificateCheck(string host) => IsLoopback(host);

    private static bool IsLoopback(string host)
    {
        var text = host.Trim().Trim('[', ']');
        var authority = text.Contains(':') ? $"[{text}]" : text;
        return Uri.TryCreate($"smtp://{authority}/", UriKind.Absolute, out var uri) && Config.InsecureHttpRule.IsLoopback(uri);
    }
}
