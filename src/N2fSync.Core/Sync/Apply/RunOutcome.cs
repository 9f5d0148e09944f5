namespace N2fSync.Sync.Apply;

/// <summary>
/// How a run ended; the summary, Get-N2fSyncRun, the reports, notifications and the scheduled-job exit codes all say
/// the same (0 Success; 1 PartialFailure or Stopped; 2 Failed). Held deletes and rejected source rows show in the
/// summary without changing it.
/// </summary>
public enum RunOutcome
{
    /// <summary>Every change that could be sent was applied.</summary>
    Success,
    /// <summary>Some changes failed, or some scopes could not be run while others were.</summary>
    PartialFailure,
    /// <summary>The run ended early (failure ceiling, time budget, cancel, N2F lost mid-run); the next run carries on.</summary>
    Stopped,
    /// <summary>Nothing could be done: authentication, connection, or every scope's source.</summary>
    Failed,
    /// <summary>History only: still running, or the process died before the end.</summary>
    Unfinished,
}
