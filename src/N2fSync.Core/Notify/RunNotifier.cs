using N2fSync.Config;
using N2fSync.Diagnostics;
using N2fSync.N2f.Http;
using N2fSync.Store;
using N2fSync.Sync.Ports;

namespace N2fSync.Notify;

/// <summary>
/// Sends a run's notification on every configured channel (notify.webhook, notify.mail): at the end of a run when its
/// outcome or events match notify.on, again on request (Send-N2fSyncNotification -RunId), or a test message. Every
/// attempt for a run is recorded in the store; every message is scrubbed of the secrets the configuration holds (the
/// webhook URL, the SMTP password, the N2F client secret, the SQL password) before it is recorded or shown.
/// </summary>
public sealed class RunNotifier : IRunNotifier, IDisposable
{
    private readonly NotifyOptions _options;
    private readonly RunNoticeReader? _reader;
    private readonly INotificationJournal? _journal;
    private readonly ISyncLog _log;
    private readonly TimeProvider _time;
    private readonly HttpClient _http;
    private readonly WebhookSender? _webhook;
    private readonly MailSender? _mail;
    private readonly Redactor _secrets = new();
    private readonly string _target;
    private readonly string? _configPath;

    public RunNotifier(N2fSyncConfig config, SyncStore? store, ISyncLog log, TimeProvider time, HttpMessageHandler? handler = null)
    {
        _options = config.Notify;
        // Without a store (a test message before the first run) there is no run to tell about.
        _reader = store is null ? null : new RunNoticeReader(store);
        _journal = store?.Notifications;
        (_log, _time) = (log, time);
        _target = new N2f.N2fTarget(config.N2f.EffectiveBaseUrl, config.N2f.ClientId?.Trim() ?? "").ToString();
        _configPath = config.FilePath;
        _http = new HttpClient(handler ?? N2fHttpHandler.Create(config.N2f), disposeHandler: handler is null) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        if (_options.Webhook is { Url: not null } webhook) _webhook = new WebhookSender(webhook, _http);
        if (_options.Mail is { } mail) _mail = new MailSender(mail);
        foreach (var secret in new[] { _options.Webhook?.Url, _options.Mail?.Password, config.N2f.ClientSecret, config.Source.Password })
            if (!Secret.IsNullOrEmpty(secret))
            {
                _secrets.Add(secret.Reveal());
                // A webhook's path and query are what grant posting, even quoted apart from the host.
                if (Uri.TryCreate(secret.Reveal().Trim(), UriKind.Absolute, out var url) && url.PathAndQuery.Length > 1) _secrets.Add(url.PathAndQuery);
            }
    }

    /// <summary>The port that means TLS from the first byte; tests set their server's, which cannot be 465.</summary>
    internal int MailImplicitTlsPort
    {
        set { if (_mail is not null) _mail.ImplicitTlsPort = value; }
    }

    /// <summary>The channels the configuration has.</summary>
    public IReadOnlyList<NotifyChannel> Channels =>
        [.. new[] { (NotifyChannel.Webhook, _webhook is not null), (NotifyChannel.Mail, _mail is not null) }.Where(c => c.Item2).Select(c => c.Item1)];

    /// <summary>Where a channel sends, for confirmations: "webhook (teams) at hooks.example.com", "mail to ... via ...".</summary>
    public string Destination(NotifyChannel channel) => channel == NotifyChannel.Webhook ? _webhook?.Destination ?? "" : _mail?.Destination ?? "";

    /// <summary>The end of a run: sends when its outcome or events match notify.on; failures are warnings.</summary>
    public async Task NotifyAsync(string runId, CancellationToken cancellationToken)
    {
        if (Channels.Count == 0) return;
        try
        {
            if (_reader?.Read(runId) is not { } notice) return;
            var events = NotifyTrigger.Match(notice, _options.On);
            if (events.Count == 0)
            {
                _log.Verbose($"No notification for run {runId}: {notice.Outcome}, no event of notify.on ({string.Join(", ", _options.On)}).");
                return;
            }
            foreach (var result in await SendAsync(notice with { Events = events }, Channels, cancellationToken).ConfigureAwait(false))
                if (result.Succeeded) _log.Verbose($"Notified run {runId} ({result.Reason}) by {result.Destination}.");
                else _log.Warning($"The notification of run {runId} by {result.Destination} was not sent: {result.Message} "
                                  + $"The run's outcome is unchanged; Send-N2fSyncNotification -RunId {runId} sends it again.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _log.Warning($"No notification for run {runId}: {_secrets.Apply(e.Message)} The run's outcome is unchanged.");
        }
    }

    /// <summary>Sends a run's notification now, whatever its outcome; null when the store has no such run.</summary>
    public async Task<IReadOnlyList<NotificationResult>?> ResendAsync(string runId, IReadOnlyCollection<NotifyChannel> channels,
        CancellationToken cancellationToken)
    {
        if (_reader?.Read(runId) is not { } notice) return null;
        return await SendAsync(notice with { Events = NotifyTrigger.Match(notice, _options.On) }, channels, cancellationToken, resent: true)
            .ConfigureAwait(false);
    }

    /// <summary>Sends a test message (not recorded: it is about no run).</summary>
    public Task<IReadOnlyList<NotificationResult>> SendTestAsync(IReadOnlyCollection<NotifyChannel> channels, CancellationToken cancellationToken) =>
        SendAsync(RunNotice.ForTest(_target, _configPath, _options.On, _time.GetUtcNow()), channels, cancellationToken);

    private async Task<IReadOnlyList<NotificationResult>> SendAsync(RunNotice notice, IReadOnlyCollection<NotifyChannel> channels,
        CancellationToken cancellationToken, bool resent = false)
    {
        var results = new List<NotificationResult>();
        var report = channels.Contains(NotifyChannel.Mail) && _mail is not null && !notice.Test ? _reader?.HtmlReport(notice.RunId) : null;
        foreach (var channel in Channels.Where(channels.Contains))
        {
            var outcome = channel == NotifyChannel.Webhook
                ? await _webhook!.SendAsync(notice, cancellationToken).ConfigureAwait(false)
                : await _mail!.SendAsync(notice, report, cancellationToken).ConfigureAwait(false);
            var result = new NotificationResult
            {
                RunId = notice.Test ? null : notice.RunId, Channel = channel, Test = notice.Test,
                Status = outcome.Sent ? NotificationStatus.Sent : NotificationStatus.Failed,
                Destination = Destination(channel), Message = _secrets.Apply(outcome.Message), At = _time.GetUtcNow(),
                Reason = notice.Test ? "test" : resent ? "resent" : string.Join(", ", notice.Events),
            };
            if (!notice.Test) _journal?.Record(result);
            results.Add(result);
        }
        return results;
    }

    public void Dispose() => _http.Dispose();
}
