

namespace N2fSync.Sync.Gate;

/// <summary>What the write gate decided for one change.</summary>
public enum GateVerdict
{
    /// <summary>Nothing to write (a change of action None or Skip): reported as it is.</summary>
    NotAWrite,
    /// <summary>May be sent (the run still asks for confirmation and honours -WhatIf and -Action).</summary>
    Send,
    /// <summary>
    /// Not sent this run, and nothing wrong with it: held by the delete guard (sent with -AllowMassDelete or from a
    /// reviewed plan), or the delete of a manager whose reports stay (sent once the source names their new manager).
    /// </summary>
    Hold,
    /// <summary>Never sent, whatever the parameters.</summary>
    Refuse,
}

/// <summary>Which rule decided: one stable name per rule, for error ids and the journal.</summary>
public enum GateRule
{
    None,
    /// <summary>The plan was computed against another N2F target (base URL or client id).</summary>
    OtherTarget,
    /// <summary>The key is listed in safety.protectedKeys.</summary>
    ProtectedKey,
    /// <summary>The company is not managed: not in the source, not in the config's companies.</summary>
    UnmanagedCompany,
    /// <summary>The source row of the key is rejected by a data-quality check this run: its N2F object is left alone.</summary>
    RejectedRow,
    /// <summary>N2F refused this same payload before; it is not resent until it changes.</summary>
    RefusedPayload,
    /// <summary>A delete of a key the current source has.</summary>
    KeyInSource,
    /// <summary>A delete the current source and a fresh read of N2F do not call for.</summary>
    DeleteNotPlanned,
    /// <summary>A delete of a user who still manages users that stay.</summary>
    ManagesStayingUsers,
    /// <summary>The delete guard's thresholds (count, share, or every object of a company).</summary>
    DeleteGuard,
    /// <summary>The change names a scope the configuration does not know, or misses what its write needs.</summary>
    Malformed,
}

/// <summary>The gate's answer for one change: the change to send (possibly completed from the fresh plan), the verdict and why.</summary>
public sealed record GateDecision(N2fChange Change, ChangeOrigin Origin, GateVerdict Verdict, GateRule Rule, string? Reason)
{
    /// <summary>N2F's status code when the rule repeats an earlier answer of N2F (a refused payload).</summary>
    public int? StatusCode { get; init; }

    public bool IsWrite => Verdict is GateVerdict.Send or GateVerdict.Hold;
}
