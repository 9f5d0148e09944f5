using System.Security.Cryptography;
using System.Text;

namespace N2fSync.Emulator;

public sealed partial class EmulatorState
{
    // Expired tokens are kept so that a late call hears "Token expired" rather than "invalid", as N2F distinguishes.
    private readonly Dictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);

    /// <summary>Tokens issued and not yet expired.</summary>
    public int ActiveTokenCount
    {
        get
        {
            var now = _now();
            lock (_gate) { return _tokens.Values.Count(t => t.ExpiresAt > now); }
        }
    }

    /// <summary>Makes every token issued so far expire now, to simulate expiry in the middle of a run.</summary>
    public void ExpireTokens()
    {
        var past = _now().AddTicks(-1);
        lock (_gate)
        {
            foreach (var token in _tokens.Keys.ToList())
            {
                _tokens[token] = _tokens[token] with { ExpiresAt = past };
            }
        }
    }

    internal bool CheckCredentials(string clientId, string clientSecret)
    {
        string? expected;
        lock (_gate) { expected = _clients.GetValueOrDefault(clientId); }

        // Constant-time comparison: the emulator should not teach a client a habit the real server would punish.
        return expected is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(clientSecret));
    }

    internal (string Token, DateTimeOffset Validity) IssueToken(string clientId, TimeSpan lifetime)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var validity = _now() + lifetime;
        lock (_gate) { _tokens[token] = new IssuedToken(clientId, validity); }
        return (token, validity);
    }

    internal TokenCheck CheckToken(string token, out string clientId)
    {
        clientId = "";
        IssuedToken issued;
        lock (_gate)
        {
            if (!_tokens.TryGetValue(token, out issued))
            {
                return TokenCheck.Invalid;
            }
        }

        clientId = issued.ClientId;
        return issued.ExpiresAt > _now() ? TokenCheck.Valid : TokenCheck.Expired;
    }

    private readonly record struct IssuedToken(string ClientId, DateTimeOffset ExpiresAt);
}
