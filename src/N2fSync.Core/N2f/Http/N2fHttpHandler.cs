using System.Net;
using System.Net.Http;
using N2fSync.Config;

namespace N2fSync.N2f.Http;

/// <summary>The HTTP handler of a client: compressed answers accepted, the configured proxy or the system's.</summary>
internal static class N2fHttpHandler
{
    public static HttpMessageHandler Create(N2fOptions options)
    {
        var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate };
        if (!string.IsNullOrWhiteSpace(options.Proxy))
        {
            handler.Proxy = new WebProxy(new Uri(options.Proxy!)) { UseDefaultCredentials = true };
            handler.UseProxy = true;
        }
        return handler;
    }
}
