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
}

/// <summary>
/// A data-quality finding on one source row: which row, which field, why. Blocking issues reject the row (decisions 10);
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
    public int RowNumber { get; }

    /// <summary>The row's key as far as it could be read (lower-cased e-mail, or company/code); null when unreadable.</summary>
    public string? Key { get; }

    /// <summary>Agresso column (or N2F field) at fault.</summary>
    public string Field { get; }

    public DataIssueKind Kind { get; }
    public string Message { get; }
    public string? Value { get; }
    public bool IsBlocking { get; }

    public override string ToString() =>
        $"{Scope} row {RowNumber}{(Key is null ? "" : $" ({Key})")}, {Field}: {Message}";
}
