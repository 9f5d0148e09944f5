using System.Collections;
using N2fSync.Agresso;
using N2fSync.Mapping;

namespace N2fSync.N2f;

/// <summary>
/// The fields of one N2F user that the sync can send and compare (every <see cref="UserField"/>), in one array in
/// <see cref="UserField.All"/> order; names compare case-insensitively. N2F's technical fields (uuid, timestamps) are
/// not kept: nothing compares them, and 100 000 users are held at once while planning.
/// </summary>
internal sealed class N2fUserFields : IReadOnlyDictionary<string, object?>
{
    private readonly object?[] _values = new object?[UserField.All.Count];
    // Which fields N2F answered (even as null): absent and null compare alike, but the dictionary tells them apart.
    private int _present;

    public static N2fUserFields From(IEnumerable<KeyValuePair<string, object?>> fields)
    {
        var result = new N2fUserFields();
        foreach (var pair in fields)
            if (UserField.TryIndexOf(pair.Key, out var index)) result.Set(index, pair.Value);
        return result;
    }

    public object? this[int index] => _values[index];

    public void Set(int index, object? value)
    {
        _values[index] = value;
        _present |= 1 << index;
    }

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => Present().Select(i => UserField.All[i].N2fName);
    public IEnumerable<object?> Values => Present().Select(i => _values[i]);
    public int Count => Present().Count();

    public bool ContainsKey(string key) => UserField.TryIndexOf(key, out var index) && IsPresent(index);

    public bool TryGetValue(string key, out object? value)
    {
        if (UserField.TryIndexOf(key, out var index) && IsPresent(index))
        {
            value = _values[index];
            return true;
        }
        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() =>
        Present().Select(i => new KeyValuePair<string, object?>(UserField.All[i].N2fName, _values[i])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private bool IsPresent(int index) => (_present & (1 << index)) != 0;

    private IEnumerable<int> Present() => Enumerable.Range(0, _values.Length).Where(IsPresent);
}
