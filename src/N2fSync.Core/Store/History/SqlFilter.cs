namespace N2fSync.Store.History;

/// <summary>A WHERE clause built from optional filters, every value a parameter (never text pasted into SQL).</summary>
internal sealed class SqlFilter
{
    private readonly List<string> _clauses = [];
    private readonly List<(string Name, object? Value)> _parameters = [];

    public (string Name, object? Value)[] Parameters => [.. _parameters];

    public void Add(string clause, params (string Name, object? Value)[] parameters)
    {
        _clauses.Add(clause);
        _parameters.AddRange(parameters);
    }

    /// <summary><c>column IN (...)</c> when values are given; nothing when null or empty.</summary>
    public void In(string column, IReadOnlyCollection<string>? values)
    {
        if (values is { Count: > 0 }) Add(InList(column, values));
    }

    /// <summary>The <c>column IN (...)</c> text, its values added as parameters.</summary>
    public string InList(string column, IReadOnlyCollection<string> values)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var name = "$p" + _parameters.Count;
            _parameters.Add((name, value));
            names.Add(name);
        }
        return $"{column} IN ({string.Join(", ", names)})";
    }

    /// <summary>ISO-8601 UTC text sorts like time: [after, before).</summary>
    public void Range(string column, DateTimeOffset? after, DateTimeOffset? before)
    {
        if (after is { } a) Add($"{column} >= $after_{column}", ($"$after_{column}", StoreTime.Format(a)));
        if (before is { } b) Add($"{column} < $before_{column}", ($"$before_{column}", StoreTime.Format(b)));
    }

    /// <summary>This filter plus one more clause, as text (the filter itself is unchanged).</summary>
    public string And(string clause) => " WHERE " + string.Join(" AND ", _clauses.Append(clause));

    public override string ToString() => _clauses.Count == 0 ? "" : " WHERE " + string.Join(" AND ", _clauses);
}
