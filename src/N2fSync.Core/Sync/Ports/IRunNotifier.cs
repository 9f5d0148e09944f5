namespace N2fSync.Sync.Ports;

/// <summary>
/// Tells someone how a run ended, when its outcome or events are among those the configuration names (notify.on).
/// Called once the run is complete and recorded. Never throws and never changes the run's outcome: a notification
/// that cannot be sent is a warning and a row in the store.
/// </summary>
public interface IRunNotifier
{
    Task NotifyAsync(string runId, CancellationToken cancellationToken);
}
