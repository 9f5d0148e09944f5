using N2fSync.Agresso;
using N2fSync.Sync.Apply;
using N2fSync.Sync.Gate;

namespace N2fSync.Sync.Run;

/// <summary>What kind of problem a run reports; each maps to one ErrorId of the module.</summary>
public enum RunProblemKind
{
    /// <summary>A source row rejected by a data-quality check (or found wrong while planning).</summary>
    DataIssue,
    /// <summary>The scope's source could not be read whole: nothing of the scope is written.</summary>
    SourceFailed,
    /// <summary>The users source returned no rows: nothing is deleted.</summary>
    EmptySource,
    /// <summary>N2F refused the credentials: the run stops at once.</summary>
    AuthenticationFailed,
    /// <summary>N2F could not be reached (after retries): the run stops.</summary>
    N2fUnreachable,
    /// <summary>N2F answered a read with an error: the scope is not written.</summary>
    N2fReadFailed,
    /// <summary>A write N2F refused or that failed.</summary>
    WriteFailed,
    /// <summary>A change the write gate refused.</summary>
    Refused,
    /// <summary>Deletes the guard holds, once per scope and company.</summary>
    DeleteGuard,
    /// <summary>A delete held until the source changes (a manager whose reports stay), once per delete.</summary>
    DeleteHeld,
    /// <summary>The failure ceiling stopped the run.</summary>
    FailureCeiling,
    /// <summary>The time budget stopped the run.</summary>
    TimeBudget,
}

/// <summary>One problem for the error stream: what, where, and the object it is about.</summary>
public sealed record RunProblem(RunProblemKind Kind, string Scope, string Message, Exception? Exception = null)
{
    public N2fChange? Change { get; init; }
    public SyncResult? Result { get; init; }
    public DataIssue? Issue { get; init; }
    public AgressoEntity? Row { get; init; }
    public GateDecision? Decision { get; init; }
}
