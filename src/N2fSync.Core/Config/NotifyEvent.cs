namespace N2fSync.Config;

/// <summary>What can trigger a notification: a run's outcome, held deletes, or rejected source rows not seen before.</summary>
public enum NotifyEvent { Failed, PartialFailure, Stopped, Held, NewRejectedRows }
