using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace N2fSync.Emulator;

/// <summary>
/// An N2F API v2 server on loopback, with seedable in-memory state, quotas and injectable faults. Start one per test
/// (it binds a free port), seed <see cref="State"/>, point the client at <see cref="BaseUrl"/>.
/// </summary>
public sealed class N2fEmulator : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(2);
    private readonly WebApplication _app;

    private N2fEmulator(WebApplication app, Uri root, EmulatorState state, EmulatorOptions options, RequestLog requests)
    {
        _app = app;
        BaseUrl = new Uri(root, ApiPipeline.BasePath + "/");
        AdminUrl = new Uri(root, AdminEndpoints.BasePath + "/");
        State = state;
        Options = options;
        Requests = requests;
    }

    /// <summary>The API base, e.g. <c>http://127.0.0.1:43127/services/api/v2/</c> (ends with '/').</summary>
    public Uri BaseUrl { get; }

    /// <summary>The control endpoints' base, e.g. <c>http://127.0.0.1:43127/_emulator/</c>.</summary>
    public Uri AdminUrl { get; }

    public EmulatorState State { get; }

    /// <summary>The options object passed to <see cref="StartAsync"/> (or a default one); changes apply at once.</summary>
    public EmulatorOptions Options { get; }

    public RequestLog Requests { get; }

    /// <summary>Starts listening on 127.0.0.1 at <see cref="EmulatorOptions.Port"/> (0: a free port).</summary>
    public static async Task<N2fEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken ct = default)
    {
        options ??= new EmulatorOptions();
        var opts = options;
        var state = new EmulatorState(() => opts.TimeProvider.GetUtcNow());
        var requests = new RequestLog();

        // The empty builder reads no appsettings or ASPNETCORE_* variables: nothing in the environment changes the
        // emulator. Only Kestrel's warnings and errors are logged, to stderr, so that stdout carries nothing but the
        // "listening on" line a parent process waits for.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddRoutingCore();
        builder.Logging.AddConsole(c => c.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);

        var app = builder.Build();
        var pipeline = new ApiPipeline(state, options, requests);
        app.UseRouting();
        app.Use(pipeline.InvokeAsync);
        ApiRoutes.Map(app, state, options);
        AdminEndpoints.Map(app, new AdminEndpoints(state, options, requests));

        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new N2fEmulator(app, new Uri(address), state, options, requests);
    }

    public async ValueTask DisposeAsync()
    {
        // A test that leaves a slow request behind must not hold up disposal for Kestrel's default 30 s.
        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await _app.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Stopping was cut short; the connections die with the host below.
        }

        await _app.DisposeAsync();
    }
}
