namespace N2fSync.N2f.Http;

/// <summary>Removes known secrets (client secret, token) from any text before it leaves the client.</summary>
internal sealed class Redactor
{
    private readonly List<string> _secrets = [];
    private readonly object _lock = new();

    public void Add(string? secret)
    {
        // Very short values would blank out ordinary words; real secrets and tokens are long.
        if (string.IsNullOrEmpty(secret) || secret!.Length < 4) return;
        lock (_lock)
            if (!_secrets.Contains(secret)) _secrets.Add(secret);
    }

    public string Apply(string text)
    {
        lock (_lock)
            foreach (var secret in _secrets)
                text = text.Replace(secret, "***");
        return text;
    }
}
