using N2fSync.Output;
using N2fSync.Sync;

namespace N2fSync.Agresso;

/// <summary>
/// A normalized source row of one scope. Rows that fail a data-quality check are still emitted, marked invalid, so a
/// downstream Compare can protect their keys from deletion (decisions.md §10).
/// </summary>
public abstract class AgressoEntity
{
    // Most rows have no issue: the list is made for the first one.
    private List<DataIssue>? _issues;

    protected AgressoEntity(string scope, int rowNumber)
    {
        Scope = scope;
        RowNumber = rowNumber;
    }

    public string Scope { get; }

    /// <summary>The sync key: lower-cased e-mail for users; the code for axis values (unique per company and axis). Empty when unreadable.</summary>
    public abstract string Key { get; }

    /// <summary>Agresso company code of the row.</summary>
    public abstract string Company { get; }

    /// <summary>The row's number in the source's own terms (a CSV file's line, a view's row), for messages that name the row.</summary>
    public int RowNumber { get; }

    /// <summary>The source read this row came from (Get-AgressoEntity); null for rows built from other input.</summary>
    public SourceRead? Read { get; internal set; }
    /// <summary>The file or view <see cref="RowNumber"/> counts in; null for entities built from pipeline objects.</summary>
    public SourceOrigin? Origin { get; internal set; }

    /// <summary>The row as an admin finds it: "iris_N2F_User.csv line 42", "iris_N2F_User row 17", or "row 17".</summary>
    public string SourceLocation => Origin?.Describe(RowNumber) ?? $"row {RowNumber}";

    /// <summary>The row's data-quality issues; as text (Export-Csv), one after another.</summary>
    public IReadOnlyList<DataIssue> Issues => _issues is null ? ReadableList<DataIssue>.Empty : ReadableList<DataIssue>.Of(_issues);

    /// <summary>False when a blocking data-quality issue rejects the row.</summary>
    public bool IsValid
    {
        get
        {
            // Asked several times per row while planning; a loop allocates no enumerator.
            if (_issues is null) return true;
            foreach (var issue in _issues)
                if (issue.IsBlocking) return false;
            return true;
        }
    }

    internal void AddIssue(DataIssue issue)
    {
        // Every issue of a row names the row the way its source numbers it, whoever found it (normalizer or planner).
        issue.Origin ??= Origin;
        (_issues ??= []).Add(issue);
    }
}
