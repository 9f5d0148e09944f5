using N2fSync.Agresso;

namespace N2fSync.Tests.Support;

/// <summary>An Agresso source of given rows per view name, counting how often each view is read.</summary>
internal sealed class FakeAgressoSource(IReadOnlyDictionary<string, IReadOnlyList<Dictionary<string, string?>>> views) : IAgressoSource
{
    private readonly Dictionary<string, int> _reads = new(StringComparer.OrdinalIgnoreCase);

    public string Provider => "fake";

    public int ReadsOf(string view) => _reads.TryGetValue(view, out var n) ? n : 0;

    /// <summary>When set, reading a view throws what it returns for that view (a damaged file, a lost connection).</summary>
    public Func<string, Exception?>? FailWith { get; init; }

    public IEnumerable<SourceRow> ReadRows(AgressoView view, CancellationToken cancellationToken)
    {
        _reads[view.Name] = ReadsOf(view.Name) + 1;
        if (FailWith?.Invoke(view.Name) is { } failure) throw failure;
        var rows = views.TryGetValue(view.Name, out var found) ? found : [];
        for (var i = 0; i < rows.Count; i++)
            yield return new SourceRow(i + 1, rows[i]);
    }
}
