using N2fSync.Config;
using N2fSync.NotifyReceiver;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Notify;

/// <summary>
/// A run bench whose configuration notifies a real webhook receiver and a real SMTP server (STARTTLS, a login) started
/// for the test, with secrets worth looking for: the webhook's path, the SMTP password, the N2F client secret.
/// </summary>
internal sealed class NotifyBench : IAsyncDisposable
{
    public const string HookPath = "T0ALERTS/B0N2FSYNC/xoxb-Sekr3tHookToken";

    private NotifyBench(RunBench run, NotifyReceiver.NotifyReceiver receiver) => (Run, Receiver) = (run, receiver);

    public RunBench Run { get; }
    public NotifyReceiver.NotifyReceiver Receiver { get; }
    public CollectingLog Log { get; } = new();

    /// <summary>What notify: says; set before a run (default: every channel, the default events).</summary>
    public Action<NotifyOptions>? Notify { get; set; }

    public string WebhookUrl => new Uri(Receiver.HooksUrl, HookPath).ToString();

    public static async Task<NotifyBench> StartAsync()
    {
        var bench = new NotifyBench(await RunBench.StartAsync(), await NotifyReceiver.NotifyReceiver.StartAsync());
        bench.Run.Log = bench.Log;
        bench.Run.Configure = config =>
        {
            config.Notify.Webhook = new WebhookOptions { Url = bench.WebhookUrl, Format = WebhookFormat.Json };
            config.Notify.Mail = new MailOptions
            {
                SmtpServer = "127.0.0.1", Port = bench.Receiver.SmtpPort, From = "n2fsync@example.be",
                To = ["it-ops@example.be", "Helene.Dupont@example.be"], User = bench.Receiver.Options.SmtpUser,
                Password = bench.Receiver.Options.SmtpPassword,
            };
            bench.Notify?.Invoke(config.Notify);
        };
        return bench;
    }

    /// <summary>Every secret of the configuration, as text that must appear nowhere.</summary>
    public IEnumerable<string> Secrets => [HookPath, WebhookUrl, Receiver.Options.SmtpPassword, N2fSync.Emulator.EmulatorState.DefaultClientSecret];

    public async ValueTask DisposeAsync()
    {
        await Receiver.DisposeAsync();
        await Run.DisposeAsync();
    }
}
