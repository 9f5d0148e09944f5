using System.Collections;

namespace N2fSync.Output;

/// <summary>
/// A read-only list whose text is its items, one after another ("firstname: 'Anne' → 'Ann'; structure: 'L1' → 'L2'"),
/// so Export-Csv and string conversion write what the list holds instead of its type name. Scripts, tables and
/// ConvertTo-Json see an ordinary list.
/// </summary>
public sealed class ReadableList<T> : IReadOnlyList<T>
{
    private readonly IReadOnlyList<T> _items;
    private readonly string _separator;

    private ReadableList(IReadOnlyList<T> items, string separator)
    {
        _items = items;
        _separator = separator;
    }

    public static ReadableList<T> Empty { get; } = new([], "; ");

    /// <summary>The same items as a readable list; a list that is one already is kept.</summary>
    public static IReadOnlyList<T> Of(IReadOnlyList<T>? items, string separator = "; ") => items switch
    {
        null => Empty,
        ReadableList<T> readable => readable,
        _ when items.Count == 0 => Empty,
        _ => new ReadableList<T>(items, separator),
    };

    public int Count => _items.Count;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(_separator, _items.Select(i => i?.ToString()));
}
