namespace N2fSync.TdsResponder;

/// <summary>A table or view the responder serves: columns with SQL types, and rows of CLR values (null = NULL).</summary>
public sealed class TdsTable
{
    private readonly List<object?[]> _rows = [];

    public TdsTable(string name, params TdsColumn[] columns)
    {
        Name = name;
        Columns = columns;
    }

    public string Name { get; }

    public IReadOnlyList<TdsColumn> Columns { get; }

    public IReadOnlyList<object?[]> Rows => _rows;

    public TdsTable Add(params object?[] values)
    {
        if (values.Length != Columns.Count)
            throw new ArgumentException($"{Name}: a row has {values.Length} values for {Columns.Count} columns.");
        for (var i = 0; i < values.Length; i++) Columns[i].Check(values[i]);
        _rows.Add(values);
        return this;
    }

    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (string.Equals(Columns[i].Name, column, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
