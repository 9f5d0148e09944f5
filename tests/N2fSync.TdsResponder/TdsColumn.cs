namespace N2fSync.TdsResponder;

/// <summary>A column of a served table: name, SQL type and, for nvarchar, its length in characters.</summary>
public sealed record TdsColumn(string Name, TdsType Type, int Length = 0)
{
    public static TdsColumn NVarChar(string name, int length = 200) => new(name, TdsType.NVarChar, length);

    public static TdsColumn Int(string name) => new(name, TdsType.Int);

    public static TdsColumn Float(string name) => new(name, TdsType.Float);

    public static TdsColumn DateTime(string name) => new(name, TdsType.DateTime);

    public static TdsColumn Bit(string name) => new(name, TdsType.Bit);

    /// <summary>The CLR value a cell of this column must hold (null for NULL); a wrong one is a test-data bug.</summary>
    public void Check(object? value)
    {
        var ok = value is null || Type switch
        {
            TdsType.NVarChar => value is string s && s.Length <= Length,
            TdsType.Int => value is int,
            TdsType.Float => value is double,
            TdsType.DateTime => value is System.DateTime,
            TdsType.Bit => value is bool,
            _ => false,
        };
        if (!ok) throw new ArgumentException($"Column {Name} ({Type}) cannot hold {value} ({value?.GetType().Name}).");
    }
}
