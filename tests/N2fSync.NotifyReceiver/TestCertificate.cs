using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace N2fSync.NotifyReceiver;

/// <summary>A self-signed certificate for localhost and 127.0.0.1, made at start: the SMTP server's TLS needs one.</summary>
internal static class TestCertificate
{
    public static X509Certificate2 Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var now = DateTimeOffset.UtcNow;
        using var made = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        // Exported and loaded again: SslStream on Windows needs a key that is not ephemeral.
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx), null);
    }
}
