using N2fSync.Notify;

namespace N2fSync.Session;

public sealed partial class SyncSession
{
    private RunNotifier? _notifier;

    /// <summary>Sends the notifications of notify:, over this session's store; null when neither a webhook nor a mail is configured.</summary>
    public RunNotifier? Notifier => _notifier ??= Config.Notify.Webhook is null && Config.Notify.Mail is null
        ? null
        : new RunNotifier(Config, Store, Log, Time);
}
