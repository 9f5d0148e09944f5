using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmtpServer;
using SmtpServer.Authentication;

namespace N2fSync.NotifyReceiver;

/// <summary>
/// Where the tests' notifications go: an SMTP server on two loopback ports (submission with STARTTLS, and implicit
/// TLS), both with a self-signed certificate and a login, and an HTTP endpoint that takes webhook posts under
/// <c>/hooks/</c>. Both record what they receive; <c>/_receiver/</c> shows it and changes how they answer.
/// </summary>
public sealed class NotifyReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SmtpServer.SmtpServer _smtp;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _smtpTask;
    private readonly ConcurrentQueue<ReceivedMail> _mails = new();
    private readonly ConcurrentQueue<ReceivedWebhook> _webhooks = new();

    private NotifyReceiver(ReceiverOptions options, WebApplication app, int smtpPort, int smtpsPort)
    {
        Options = options;
        _app = app;
        (SmtpPort, SmtpsPort) = (smtpPort, smtpsPort);
        var certificate = TestCertificate.Create();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new RecipientFilter(options));
        services.Add(new DelegatingUserAuthenticator((user, password) => user == options.SmtpUser && password == options.SmtpPassword));
        services.Add(new SmtpServer.Storage.DelegatingMessageStoreFactory(context =>
            new RecordingMessageStore(_mails.Enqueue, ((IPEndPoint)context.EndpointDefinition.Endpoint).Port)));
        var smtpOptions = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, smtpPort)).Certificate(certificate).AllowUnsecureAuthentication(false))
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, smtpsPort)).IsSecure(true).Certificate(certificate))
            .Build();
        _smtp = new SmtpServer.SmtpServer(smtpOptions, services);
        _smtpTask = _smtp.StartAsync(_stop.Token);
    }

    public ReceiverOptions Options { get; }

    /// <summary>SMTP with STARTTLS (the role of port 587).</summary>
    public int SmtpPort { get; }

    /// <summary>SMTP over TLS from the first byte (the role of port 465).</summary>
    public int SmtpsPort { get; }

    /// <summary>Where webhooks post: any path under it is accepted, e.g. <c>http://127.0.0.1:43127/hooks/</c>.</summary>
    public Uri HooksUrl { get; private set; } = null!;

    /// <summary>The control endpoints' base, e.g. <c>http://127.0.0.1:43127/_receiver/</c>.</summary>
    public Uri AdminUrl { get; private set; } = null!;

    public IReadOnlyList<ReceivedMail> Mails => [.. _mails];
    public IReadOnlyList<ReceivedWebhook> Webhooks => [.. _webhooks];

    public void Clear()
    {
        _mails.Clear();
        _webhooks.Clear();
    }

    public static async Task<NotifyReceiver> StartAsync(ReceiverOptions? options = null)
    {
        options ??= new ReceiverOptions();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        builder.Logging.AddConsole(c => c.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var receiver = new NotifyReceiver(options, app, FreePort(), FreePort());
        app.UseRouting();
        app.MapPost("/hooks/{**path}", receiver.TakeWebhookAsync);
        app.MapGet("/_receiver/received", () => Results.Json(new { mails = receiver.Mails, webhooks = receiver.Webhooks }, Json));
        app.MapDelete("/_receiver/received", () => { receiver.Clear(); return Results.NoContent(); });
        app.MapPost("/_receiver/options", async (HttpContext http) =>
        {
            var changes = await JsonSerializer.DeserializeAsync<ReceiverOptions>(http.Request.Body, Json) ?? new ReceiverOptions();
            (options.WebhookStatus, options.RefuseRecipients) = (changes.WebhookStatus, changes.RefuseRecipients);
            (options.SmtpUser, options.SmtpPassword) = (changes.SmtpUser, changes.SmtpPassword);
            return Results.Json(options, Json);
        });
        await app.StartAsync();
        var root = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        receiver.HooksUrl = new Uri(root, "/hooks/");
        receiver.AdminUrl = new Uri(root, "/_receiver/");
        return receiver;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private async Task<IResult> TakeWebhookAsync(HttpContext http, string? path)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var status = Options.WebhookStatus;
        _webhooks.Enqueue(new ReceivedWebhook("/hooks/" + path, http.Request.ContentType ?? "", body, status));
        return status is >= 200 and < 300 ? Results.Text("1", statusCode: status) : Results.Text("receiver told to fail", statusCode: status);
    }

    /// <summary>A port free now: SmtpServer binds the port it is given, so one is picked first.</summary>
    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _smtp.Shutdown();
        try
        {
            await _smtpTask.WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
            // Sessions still open die with the process or the test.
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await _app.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Cut short; the connections die with the host below.
        }
        await _app.DisposeAsync();
        _stop.Dispose();
    }
}
