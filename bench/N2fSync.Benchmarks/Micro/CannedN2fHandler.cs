using System.Net;
using System.Text;

namespace N2fSync.Benchmarks.Micro;

/// <summary>
/// Answers the client without a network: a token for auth, the same page of users for every start below the total,
/// then an empty page. What is left to time is the client, the quota gate and the reader's parsing.
/// </summary>
internal sealed class CannedN2fHandler(string usersPage, int total, int pageSize) : HttpMessageHandler
{
    private const string Token = """{"response":{"token":"bench-token","validity":"2099-01-01T00:00:00Z"}}""";
    private const string Empty = """{"response":{"data":[]}}""";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        string body;
        if (path.EndsWith("/auth", StringComparison.Ordinal)) body = Token;
        else
        {
            var query = request.RequestUri.Query;
            var start = int.Parse(query.Split('&')[0].Split('=')[1], System.Globalization.CultureInfo.InvariantCulture);
            body = start + pageSize <= total ? usersPage : Empty;
        }
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
