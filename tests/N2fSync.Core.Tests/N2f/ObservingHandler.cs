using System.Collections.Concurrent;

namespace N2fSync.Tests.N2f;

/// <summary>
/// Sits between the client and the emulator: records what went on the wire (targets, bearer tokens) and lets a test
/// act just before each API call (not <c>auth</c>), e.g. to switch an emulator fault on for the first two calls.
/// </summary>
internal sealed class ObservingHandler(Action<int>? beforeApiCall = null) : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentQueue<string> _targets = new();
    private readonly ConcurrentDictionary<string, bool> _tokens = new(StringComparer.Ordinal);
    private int _apiCalls;

    /// <summary>Every request as "METHOD escaped-path-and-query", in the order sent.</summary>
    public IReadOnlyList<string> Targets => [.. _targets];

    /// <summary>Every bearer token the client sent.</summary>
    public IReadOnlyCollection<string> TokensSent => [.. _tokens.Keys];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        _targets.Enqueue($"{request.Method.Method} {uri.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped)}");
        if (request.Headers.Authorization?.Parameter is { } token) _tokens[token] = true;
        if (!uri.AbsolutePath.EndsWith("/auth", StringComparison.Ordinal))
            beforeApiCall?.Invoke(Interlocked.Increment(ref _apiCalls) - 1);
        return base.SendAsync(request, cancellationToken);
    }
}
