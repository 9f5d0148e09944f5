using System.Text.Json;
using N2fSync.N2f;

namespace N2fSync.Tests.N2f.Cache;

/// <summary>N2F's lists as JSON items per path, counting how often each list is read; can fail a read half-way.</summary>
internal sealed class FakeListSource : IN2fListSource
{
    private readonly Dictionary<string, List<string>> _lists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _reads = new(StringComparer.Ordinal);

    public FakeListSource With(string path, params string[] items)
    {
        _lists[path] = [.. items];
        return this;
    }

    /// <summary>Fail reads of this path after this many items (a connection lost on page 2).</summary>
    public (string Path, int After)? FailAfter { get; set; }

    public int ReadsOf(string path) => _reads.TryGetValue(path, out var n) ? n : 0;

    public Task ReadAsync(N2fList list, Action<JsonElement> onItem, CancellationToken cancellationToken)
    {
        _reads[list.Path] = ReadsOf(list.Path) + 1;
        var sent = 0;
        foreach (var json in _lists.TryGetValue(list.Path, out var items) ? items : [])
        {
            if (FailAfter is { } fail && fail.Path == list.Path && sent == fail.After)
                throw new N2fApiException("GET", list.Path, null, "connection failed");
            using var document = JsonDocument.Parse(json);
            onItem(document.RootElement);
            sent++;
        }
        return Task.CompletedTask;
    }

    public static string User(string mail, string jobTitle) =>
        JsonSerializer.Serialize(new { mail, firstname = "Ann", lastname = "Peeters", company = "c-1", jobTitle });
}
