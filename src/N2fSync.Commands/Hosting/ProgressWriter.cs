using System.Diagnostics;
using System.Management.Automation;
using N2fSync.Sync.Run;

namespace N2fSync.Commands.Hosting;

/// <summary>
/// Write-Progress for a long run: done/total and an ETA from the write quota. Only where a person can look at it:
/// Azure Automation and background jobs ignore progress (and pay for it), so none is written there. Always completed.
/// </summary>
internal sealed class ProgressWriter(Cmdlet cmdlet, bool visible)
{
    private const int ActivityId = 0x4E32; // fixed, so nested tools can tell our bar apart
    private readonly Stopwatch _sinceLast = Stopwatch.StartNew();
    private string _scope = "";
    private int _done, _total;
    private TimeSpan _remaining;
    private bool _shown;

    /// <summary>Shows where the run stands; a completed scope clears the bar.</summary>
    public void Show(RunProgress progress)
    {
        if (progress.Completed)
        {
            Complete();
            return;
        }
        var starting = progress.Scope != _scope || progress.Done == 0;
        (_scope, _done, _total, _remaining) = (progress.Scope, progress.Done, progress.Total, progress.Remaining ?? TimeSpan.Zero);
        Write(force: starting || _done == _total);
    }

    public void Complete()
    {
        if (!_shown) return;
        cmdlet.WriteProgress(new ProgressRecord(ActivityId, "Sync-N2fScope", "Done") { RecordType = ProgressRecordType.Completed });
        _shown = false;
    }

    private void Write(bool force)
    {
        if (!visible || _total == 0) return;
        // A few updates a second are plenty; writes themselves take seconds each at N2F's pace.
        if (!force && _sinceLast.ElapsedMilliseconds < 250) return;
        _sinceLast.Restart();
        var remaining = _remaining;
        cmdlet.WriteProgress(new ProgressRecord(ActivityId, "Sync-N2fScope",
            $"{_scope}: {_done} of {_total} changes applied; about {Format(remaining)} left at the current write quota")
        {
            PercentComplete = (int)(100L * _done / _total),
            SecondsRemaining = (int)Math.Ceiling(remaining.TotalSeconds),
            CurrentOperation = _scope,
        });
        _shown = true;
    }

    private static string Format(TimeSpan t) => t.TotalHours >= 1 ? $"{(int)t.TotalHours} h {t.Minutes} min"
        : t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes} min {t.Seconds} s" : $"{Math.Ceiling(t.TotalSeconds)} s";
}
