using MailKit.Security;
using N2fSync.Notify;

namespace N2fSync.Tests.Notify;

/// <summary>A notification mail never crosses the network in clear, and its server's certificate is checked there.</summary>
public sealed class MailTransportTests
{
    [Theory]
    [InlineData("smtp.example.com", 465, SecureSocketOptions.SslOnConnect)]
    [InlineData("smtp.example.com", 587, SecureSocketOptions.StartTls)]
    [InlineData("smtp.example.com", 25, SecureSocketOptions.StartTls)]
    [InlineData("10.1.2.3", 587, SecureSocketOptions.StartTls)]
    [InlineData("localhost", 25, SecureSocketOptions.StartTlsWhenAvailable)]
    [InlineData("127.0.0.1", 587, SecureSocketOptions.StartTlsWhenAvailable)]
    [InlineData("::1", 2525, SecureSocketOptions.StartTlsWhenAvailable)]
    [InlineData("localhost", 465, SecureSocketOptions.SslOnConnect)]
    public void Security_TlsFromTheStartOn465_StartTlsRequiredElsewhere_OptionalOnThisMachine(string host, int port, SecureSocketOptions expected) =>
        Assert.Equal(expected, MailTransport.Security(host, port));

    [Theory]
    [InlineData("smtp.example.com", false)]
    [InlineData("localhost.example.com", false)]
    [InlineData("127.0.0.1", true)]
    [InlineData("LOCALHOST", true)]
    [InlineData("[::1]", true)]
    public void CertificateCheck_IsSkippedOnlyForAServerOnThisMachine(string host, bool skipped) =>
        Assert.Equal(skipped, MailTransport.SkipsCertificateCheck(host));
}
