using System.Management.Automation;
using N2fSync.Commands.Completers;
using N2fSync.Commands.Errors;
using N2fSync.Commands.Hosting;
using N2fSync.Notify;
using N2fSync.Store;
using N2fSync.Store.History;

namespace N2fSync.Commands.Commands;

/// <summary>
/// <para type="synopsis">Sends a run's notification again (webhook, mail), or a test message, as the configuration's notify: section says.</para>
/// <para type="description">Sync-N2fScope sends a run's notification itself when the run's outcome or events are in
/// notify.on; this cmdlet sends one on request: a run's (whatever its outcome), or a test message that says which
/// configuration sent it.</para>
/// </summary>
[Cmdlet(VerbsCommunications.Send, "N2fSyncNotification", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low,
    DefaultParameterSetName = RunSet)]
[OutputType(typeof(NotificationResult))]
public sealed class SendN2fSyncNotificationCommand : N2fCmdlet
{
    private const string RunSet = "Run";
    private const string TestSet = "Test";
    private RunNotifier? _notifier;
    private SyncStore? _store;
    private string _configPath = "";

    /// <summary>The run, e.g. from Get-N2fSyncRun -Last 1 (its Id) or a Sync-N2fScope result (its RunId).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = RunSet)]
    [ArgumentCompleter(typeof(RunIdCompleter))]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    public string RunId { get; set; } = "";

    /// <summary>Send a test message, about no run.</summary>
    [Parameter(Mandatory = true, ParameterSetName = TestSet)]
    public SwitchParameter Test { get; set; }

    /// <summary>Only these channels (default: every configured one).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public NotifyChannel[]? Channel { get; set; }

    protected override void BeginProcessing()
    {
        var config = LoadConfig(readsSource: false);
        _configPath = config.FilePath ?? ResolveConfigPath();
        if (config.Notify.Webhook is null && config.Notify.Mail is null)
            ThrowTerminatingError(ErrorRecordFactory.NotifyNotConfigured(_configPath));
        ReadMailPassword(config);
        if (ParameterSetName == RunSet && OpenStore(config, out _) is { } store) _store = Own(store);
        _notifier = Own(new RunNotifier(config, _store, Log, TimeProvider.System));
    }

    protected override void ProcessRecord()
    {
        var notifier = _notifier!;
        var channels = notifier.Channels.Where(c => Channel is null || Channel.Contains(c)).ToList();
        if (channels.Count == 0)
        {
            WriteError(ErrorRecordFactory.NotifyNotConfigured(_configPath));
            return;
        }
        if (!Test && _store?.History.Runs(new RunQuery { Ids = [RunId] }).Count is null or 0)
        {
            WriteError(ErrorRecordFactory.RunNotFound(RunId));
            return;
        }
        var what = Test ? "Send a test message" : $"Send the notification of run {RunId}";
        channels = channels.Where(c => ShouldProcess(notifier.Destination(c), what)).ToList();
        if (channels.Count == 0) return;
        var results = Test
            ? Run(ct => notifier.SendTestAsync(channels, ct))
            : Run(ct => notifier.ResendAsync(RunId, channels, ct)) ?? [];
        foreach (var result in results)
        {
            WriteObject(result);
            if (!result.Succeeded) WriteError(ErrorRecordFactory.NotificationFailed(result));
        }
    }
}
