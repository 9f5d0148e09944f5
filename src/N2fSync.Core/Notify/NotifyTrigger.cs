using N2fSync.Config;
using N2fSync.Sync.Apply;

namespace N2fSync.Notify;

/// <summary>Which events of notify.on a run matched: its outcome, held deletes, rejected rows the previous run did not have.</summary>
internal static class NotifyTrigger
{
    public static IReadOnlyList<NotifyEvent> Match(RunNotice notice, IReadOnlyCollection<NotifyEvent> on)
    {
        var matched = new List<NotifyEvent>();
        var outcome = notice.Outcome switch
        {
            RunOutcome.Failed => NotifyEvent.Failed,
            RunOutcome.PartialFailure => NotifyEvent.PartialFailure,
            RunOutcome.Stopped => NotifyEvent.Stopped,
            _ => (NotifyEvent?)null,
        };
        if (outcome is { } o && on.Contains(o)) matched.Add(o);
        if (notice.Run.Held > 0 && on.Contains(NotifyEvent.Held)) matched.Add(NotifyEvent.Held);
        if (notice.NewRejectedRows > 0 && on.Contains(NotifyEvent.NewRejectedRows)) matched.Add(NotifyEvent.NewRejectedRows);
        return matched;
    }
}
