namespace N2fSync.Normalization;

/// <summary>
/// One instance per distinct value for fields that repeat on every row (company, role, culture, currency...): 100 000
/// users hold a handful of strings instead of 100 000 copies of "EUR". Bounded, so a column that turns out to be
/// unique costs at most the pool's size and then passes values through.
/// </summary>
internal sealed class StringPool(int capacity = 4096)
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string Intern(string value)
    {
        if (value.Length == 0) return "";
        if (_values.TryGetValue(value, out var pooled)) return pooled;
        if (_values.Count < capacity) _values[value] = value;
        return value;
    }
}
