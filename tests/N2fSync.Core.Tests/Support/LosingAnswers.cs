using System.IO;
using System.Net.Http;

namespace N2fSync.Tests.Support;

/// <summary>
/// Between the client and the emulator, as a flaky proxy: the next write naming a given key (a user's mail, an axis
/// value's code, in its path or body) loses its answer after N2F applied it, or is dropped before reaching N2F. Either
/// way the client sees a connection closed after sending: the outcome is unknown. Each entry is used once, in order,
/// by whichever session's client sends it (each gets its own <see cref="Handler"/>).
/// </summary>
internal sealed class LosingAnswers
{
    private readonly List<(string Key, bool Applied)> _next = [];

    /// <summary>Keys whose answer was lost (applied) or dropped (not applied), in the order it happened.</summary>
    public List<string> Lost { get; } = [];

    /// <summary>The next write naming <paramref name="key"/> is applied, and its answer lost.</summary>
    public LosingAnswers LoseAnswerOf(string key)
    {
        _next.Add((key, true));
        return this;
    }

    /// <summary>The next write naming <paramref name="key"/> never reaches N2F, and the client cannot tell.</summary>
    public LosingAnswers Drop(string key)
    {
        _next.Add((key, false));
        return this;
    }

    /// <summary>A handler for one client (the client disposes it with itself).</summary>
    public HttpMessageHandler Handler() => new Proxy(this);

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Func<Task<HttpResponseMessage>> send,
        CancellationToken cancellationToken)
    {
        var path = Uri.UnescapeDataString(request.RequestUri!.AbsolutePath);
        var entry = -1;
        if (request.Method != HttpMethod.Get && !path.EndsWith("/auth", StringComparison.Ordinal))
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            entry = _next.FindIndex(n => path.EndsWith("/" + n.Key, StringComparison.OrdinalIgnoreCase)
                || body.Contains($"\"mail\":\"{n.Key}\"", StringComparison.OrdinalIgnoreCase)
                || body.Contains($"\"code\":\"{n.Key}\"", StringComparison.OrdinalIgnoreCase));
        }
        if (entry < 0) return await send();
        var (key, applied) = _next[entry];
        _next.RemoveAt(entry);
        Lost.Add(key);
        if (applied) (await send()).Dispose();
        throw new HttpRequestException("The response ended prematurely.", new IOException("connection closed"));
    }

    private sealed class Proxy(LosingAnswers owner) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            owner.SendAsync(request, () => base.SendAsync(request, cancellationToken), cancellationToken);
    }
}
