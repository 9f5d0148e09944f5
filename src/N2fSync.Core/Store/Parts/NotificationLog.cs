using N2fSync.Notify;

namespace N2fSync.Store.Parts;

/// <summary>The notifications table: each attempt to tell about a run, sent or not, and why (never a secret).</summary>
internal sealed class NotificationLog(StoreDatabase database) : INotificationJournal
{
    public void Record(NotificationResult result) => database.Execute(
        """
        INSERT INTO notifications (run_id, channel, at, ok, destination, reason, message)
        VALUES ($run, $channel, $at, $ok, $destination, $reason, $message)
        """,
        ("$run", result.RunId), ("$channel", result.Channel.ToString()), ("$at", StoreTime.Format(result.At)),
        ("$ok", result.Succeeded ? 1 : 0), ("$destination", result.Destination), ("$reason", result.Reason), ("$message", result.Message));

    public IReadOnlyList<NotificationResult> OfRun(string runId) => database.Query(
        "SELECT run_id, channel, at, ok, destination, reason, message FROM notifications WHERE run_id = $run ORDER BY id",
        r =>
        {
            var results = new List<NotificationResult>();
            while (r.Read())
                results.Add(new NotificationResult
                {
                    RunId = r.GetString(0),
                    Channel = Enum.TryParse<NotifyChannel>(r.GetString(1), out var channel) ? channel : NotifyChannel.Webhook,
                    At = StoreTime.Parse(r.GetString(2)),
                    Status = r.GetInt32(3) != 0 ? NotificationStatus.Sent : NotificationStatus.Failed,
                    Destination = r.GetString(4), Reason = r.GetString(5), Message = r.GetString(6),
                });
            return results;
        }, ("$run", runId));
}
