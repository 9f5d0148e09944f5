using N2fSync.N2f.Http;

namespace N2fSync.Health.Checks;

/// <summary>N2F gives a token for the client id and secret in use (from the environment, the config, -Credential or a vault).</summary>
internal sealed class N2fAuthenticationCheck : IConnectionCheck
{
    public string Name => "N2fAuthentication";

    public async Task<CheckVerdict> RunAsync(ConnectionTestContext context, CancellationToken cancellationToken)
    {
        if (context.StoreProblem is not null) return CheckVerdict.NotChecked("the store cannot be opened.");
        var probe = await context.N2fAsync(cancellationToken).ConfigureAwait(false);
        if (probe.Error is N2fCredentialsMissingException missing) return CheckVerdict.Fail(missing.Message);
        var time = probe.TimeOf(c => c.Path == "auth");
        if (probe.Authenticated)
            return CheckVerdict.Pass($"token obtained for client '{context.Config.N2f.ClientId?.Trim()}'", time);
        if (!probe.Answered) return CheckVerdict.NotChecked("N2F did not answer (see N2fReachable).");
        return CheckVerdict.Fail($"{probe.Error?.Message} Check the client id and secret (N2F_CLIENT_ID / N2F_CLIENT_SECRET, "
                                 + "-Credential) and that they belong to the account of n2f.baseUrl (sandbox or production).", time);
    }
}
