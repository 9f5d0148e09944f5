using N2fSync.Config;

namespace N2fSync.Sync.Apply;

/// <summary>
/// Stops a run when N2F or the data is broken and carrying on would only multiply errors: too many transport, 5xx or
/// timeout failures in a row, or too large a share of failed writes. N2F's 4xx refusals are the data's problem, row by
/// row, and do not count (decisions.md §15).
/// </summary>
public sealed class FailureCeiling(SafetyOptions safety)
{
    private const int MinimumAttemptsForShare = 20;
    private int _attempts, _failures, _consecutive;

    public void Record(SyncResult result, bool sent)
    {
        if (!sent) return;
        _attempts++;
        // A lost answer is a transport failure too: N2F dropping every answer must stop the run like any outage.
        var transient = result.Outcome == SyncOutcome.Unknown
            || (result.Outcome == SyncOutcome.Failed && result.StatusCode is null or >= 500 or 408 or 429);
        if (transient)
        {
            _failures++;
            _consecutive++;
        }
        else if (result.Outcome != SyncOutcome.Failed)
        {
            _consecutive = 0;
        }
    }

    /// <summary>Why the run must stop now, or null to go on.</summary>
    public string? Breached()
    {
        if (_consecutive >= safety.MaxConsecutiveFailures)
            return $"{_consecutive} writes in a row failed for transport or server reasons (safety.maxConsecutiveFailures = {safety.MaxConsecutiveFailures}); N2F looks unavailable.";
        if (_attempts >= MinimumAttemptsForShare && 100.0 * _failures / _attempts > safety.MaxFailurePercent)
            return $"{_failures} of {_attempts} writes failed (above safety.maxFailurePercent = {safety.MaxFailurePercent} %).";
        return null;
    }
}
