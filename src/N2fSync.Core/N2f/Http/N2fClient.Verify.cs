

namespace N2fSync.N2f.Http;

/// <summary>Checking the credentials without reading anything.</summary>
public sealed partial class N2fClient
{
    /// <summary>
    /// Checks the credentials now: a token is fetched unless one is held (one auth call, no quota spent). A plan answered
    /// wholly from the cache would otherwise never learn that the secret is wrong.
    /// </summary>
    public async Task VerifyCredentialsAsync(CancellationToken cancellationToken)
    {
        if (_tokens.Current is not null) return;
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_tokens.Current is null) await AuthenticateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (N2fTransientException e)
        {
            throw new N2fApiException("POST", "auth", e.StatusCode, e.Message, e);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }
}
