namespace N2fSync.Agresso;

/// <summary>
/// Where a row's number counts from, so a message points at the row an admin can find: a CSV file and its physical
/// line ("iris_N2F_User.csv line 42"), or a view and its row in the view's own order ("iris_N2F_User row 17", the
/// 17th row of <c>SELECT ... FROM iris_N2F_User</c> without ORDER BY). One instance is shared by every row of a read.
/// </summary>
public sealed class SourceOrigin(string name, string unit)
{
    /// <summary>The file name (CSV) or the view name (SQL).</summary>
    public string Name { get; } = name;

    /// <summary>"line" for files, "row" for views.</summary>
    public string Unit { get; } = unit;

    public static SourceOrigin CsvFile(string fileName) => new(fileName, "line");

    public static SourceOrigin View(string viewName) => new(viewName, "row");

    /// <summary>The row as an admin looks it up: "iris_N2F_User.csv line 42".</summary>
    public string Describe(int rowNumber) => $"{Name} {Unit} {rowNumber}";

    public override string ToString() => Name;
}
