

namespace N2fSync.Agresso;

/// <summary>Why a source row cannot be synced as it is.</summary>
public enum DataIssueKind
{
    MissingRequired,
    InvalidEmail,
    InvalidFlag,
    InvalidDate,
    DuplicateKey,
    UnknownCompany,
    /// <summary>The company has no N2F axis of that name (axis values).</summary>
    UnknownAxis,
    UnknownRole,
    UnknownProfile,
    ManagerNotFound,
    ManagerRejected,
    SelfManager,
    TooLong,
    PendingRename,
    UnreadableRow,
    /// <summary>A pending rename whose old and new addresses both exist in N2F: which one is the person is unknown.</summary>
    RenameConflict,
    /// <summary>A control or invisible format character (zero-width space, BOM, bidi control...) inside a value.</summary>
    InvalidCharacter,
}

/// <summary>
/// A data-quality finding on one source row: which row, which field, why. Blocking issues reject the row (decisions.md §10);
/// others are reported and the row syncs.
/// </summary>
public sealed class DataIssue
{
    public DataIssue(string scope, int rowNumber, string? key, string field, DataIssueKind kind, string message,
        string? value = null, bool blocking = true)
    {
        Scope = scope;
        RowNumber = rowNumber;
        Key = key;
        Field = field;
        Kind = kind;
        Message = message;
        Value = value;
        IsBlocking = blocking;
    }

    public string Scope { get; }

    /// <summary>The row's number in the source's own terms: a CSV file's line, a view's row (see <see cref="Origin"/>).</summary>
    public int RowNumber { get; }

    /// <summary>The file or view the row number counts in; null when unknown (rows from pipeline objects).</summary>
    public SourceOrigin? Origin { get; internal set; }

    /// <summary>The row as an admin finds it: "iris_N2F_User.csv line 42", "iris_N2F_User row 17", or "row 17".</summary>
    public string SourceLocation => Origin?.Describe(RowNumber) ?? $"row {RowNumber}";

    /// <summary>The row's key as far as it could be read (lower-cased e-mail, or company/code); null when unreadable.</summary>
    public string? Key { get; }

    /// <summary>Agresso column (or N2F field) at fault.</summary>
    public string Field { get; }

    // Internal, shown by name through module/N2fSync.Members.ps1xml: ConvertTo-Json writes a .NET enum as a number.
    internal DataIssueKind Kind { get; }
    public string Message { get; }
    public string? Value { get; }
    public bool IsBlocking { get; }

    public override string ToString() =>
        $"{Scope} {SourceLocation}{(Key is null ? "" : $" ({Key})")}, {Field}: {Message}";
}
