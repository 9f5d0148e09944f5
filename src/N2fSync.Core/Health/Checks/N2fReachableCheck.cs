using N2fSync.N2f.Http;

namespace N2fSync.Health.Checks;

/// <summary>N2F answers at its base URL: name resolution, network, proxy and TLS let the calls through.</summary>
internal sealed class N2fReachableCheck : IConnectionCheck
{
    public string Name => "N2fReachable";

    public async Task<CheckVerdict> RunAsync(ConnectionTestContext context, CancellationToken cancellationToken)
    {
        if (context.StoreProblem is not null)
            return CheckVerdict.NotChecked("the store cannot be opened (the N2F client keeps its quota spend there).");
        var probe = await context.N2fAsync(cancellationToken).ConfigureAwait(false);
        if (probe.Error is N2fCredentialsMissingException)
            return CheckVerdict.NotChecked("no N2F client id or secret to call N2F with (see N2fAuthentication).");
        var url = new Uri(context.Config.N2f.EffectiveBaseUrl);
        if (!probe.Answered)
            return CheckVerdict.Fail($"{url} did not answer: {probe.Error?.Message} Check n2f.baseUrl, the network and the proxy.",
                probe.Elapsed);
        var first = probe.Calls.First(c => c.Status != 0);
        var time = $"in {first.Duration.TotalMilliseconds:0} ms";
        return url.Scheme == Uri.UriSchemeHttps
            ? CheckVerdict.Pass($"{url} answered over TLS {time}", first.Duration)
            : CheckVerdict.Warn($"{url} answered {time} over plain HTTP, without TLS: fine for a local emulator, never for N2F itself.",
                first.Duration);
    }
}
