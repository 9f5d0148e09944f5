using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;

namespace N2fSync.N2f.Http;

/// <summary>
/// What a call that got no answer tells about N2F: whether the request surely never reached it (no connection, no
/// name, no TLS session: nothing was sent), and the cause in a few words for the warning an admin reads. Anything
/// else (a timeout, a connection closed or reset after sending) may have reached N2F: a write may have been applied.
/// </summary>
internal static class TransportFailure
{
    // .NET 8+ says where an HttpRequestException happened; netstandard2.0 cannot name the property, so it is read by name.
    private static readonly string[] BeforeSending = ["NameResolutionError", "ConnectionError", "SecureConnectionError", "ProxyTunnelError"];

    public static bool SurelyNotSent(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException && ErrorKind(e) is { } kind)
                return Array.IndexOf(BeforeSending, kind) >= 0;
            switch (e)
            {
                case SocketException socket when socket.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostNotFound
                    or SocketError.TryAgain or SocketError.NoData or SocketError.HostUnreachable or SocketError.NetworkUnreachable
                    or SocketError.AddressNotAvailable:
                    return true;
                case AuthenticationException:
                    return true;
                case WebException web when web.Status is WebExceptionStatus.ConnectFailure or WebExceptionStatus.NameResolutionFailure
                    or WebExceptionStatus.ProxyNameResolutionFailure or WebExceptionStatus.SecureChannelFailure or WebExceptionStatus.TrustFailure:
                    return true;
            }
        }
        return false;
    }

    /// <summary>"connection refused", "host not found", "connection closed before the answer"… or the innermost message.</summary>
    public static string Cause(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is SocketException socket)
            {
                switch (socket.SocketErrorCode)
                {
                    case SocketError.ConnectionRefused: return "connection refused";
                    case SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain: return "host not found";
                    case SocketError.HostUnreachable or SocketError.NetworkUnreachable: return "host unreachable";
                    case SocketError.ConnectionReset: return "connection reset before the answer";
                    case SocketError.TimedOut: return "connection timed out";
                }
            }
            if (e is AuthenticationException) return "TLS handshake failed: " + e.Message;
            if (e is IOException && e.InnerException is null) return "connection closed before the answer";
        }
        return error.GetBaseException().Message;
    }

    private static string? ErrorKind(Exception e) =>
        e.GetType().GetProperty("HttpRequestError")?.GetValue(e)?.ToString() is { } kind && kind != "Unknown" ? kind : null;
}
