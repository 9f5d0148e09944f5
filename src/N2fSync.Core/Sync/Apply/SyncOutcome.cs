

namespace N2fSync.Sync.Apply;

/// <summary>What happened to one change.</summary>
public enum SyncOutcome
{
    Created,
    Updated,
    Deleted,
    /// <summary>Nothing to send: the sides agree.</summary>
    Unchanged,
    /// <summary>Not sent: a rejected source row, a switch that excludes the action, a declined confirmation.</summary>
    Skipped,
    /// <summary>Not sent because a change it depends on (its manager's create) failed in this run (decisions.md §14).</summary>
    DependencyFailed,
    /// <summary>
    /// A delete not sent this run (decisions.md §12): held by the delete guard (-AllowMassDelete or a reviewed plan sends
    /// it), or of a manager whose reports stay (sent once the source names their new manager).
    /// </summary>
    Held,
    /// <summary>N2F refused the write or could not be reached.</summary>
    Failed,
    /// <summary>Not sent: the write gate refused it (a protected key, another target, a delete the current source does not call for...).</summary>
    Refused,
    /// <summary>
    /// The write was sent and no answer came back: it may have been applied. Within a run it is settled by reading N2F
    /// back (or sent again), and a change depending on it waits with this outcome, not sent; in history, a run that
    /// died mid-call, settled by a later run's fresh read.
    /// </summary>
    Unknown,
}
