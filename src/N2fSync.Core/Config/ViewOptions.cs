namespace N2fSync.Config;

/// <summary>One Agresso view: its name and, for SQL sources, an optional query file that replaces the built-in one.</summary>
public sealed class ViewOptions
{
    /// <summary>View (or table, or CSV file stem) name.</summary>
    public string View { get; set; } = "";

    /// <summary>Path of a .sql file whose text replaces the built-in query (SQL providers only).</summary>
    public string? Query { get; set; }
}
