namespace N2fSync.Notify;

/// <summary>Where every attempt to send a run's notification is recorded (the store's notifications table).</summary>
public interface INotificationJournal
{
    void Record(NotificationResult result);

    /// <summary>The attempts for a run, oldest first.</summary>
    IReadOnlyList<NotificationResult> OfRun(string runId);
}
