using System.Collections.Concurrent;
using System.Diagnostics;
using N2fSync.N2f;
using N2fSync.N2f.Http;

namespace N2fSync.Health;

/// <summary>
/// The first exchange with N2F, which several checks read: a token, then the companies, roles and profiles (what
/// every run reads first). Each call is kept with its status and time, so reachability, authentication and the
/// reference lists are told apart without asking N2F twice.
/// </summary>
internal sealed class N2fProbe
{
    private N2fProbe(N2fDirectory? directory, Exception? error, IReadOnlyList<N2fCall> calls, TimeSpan elapsed)
    {
        Directory = directory;
        Error = error;
        Calls = calls;
        Elapsed = elapsed;
    }

    public N2fDirectory? Directory { get; }

    /// <summary>Why the reads stopped: missing credentials, no answer, an error answer; null when they went through.</summary>
    public Exception? Error { get; }

    public IReadOnlyList<N2fCall> Calls { get; }

    public TimeSpan Elapsed { get; }

    /// <summary>N2F answered something (any status): the network, the proxy and TLS let us through.</summary>
    public bool Answered => Calls.Any(c => c.Status != 0);

    public IEnumerable<N2fCall> AuthCalls => Calls.Where(c => c.Path == "auth");

    public bool Authenticated => AuthCalls.Any(c => c.Status is >= 200 and < 300);

    public static async Task<N2fProbe> RunAsync(ConnectionTestContext context, CancellationToken cancellationToken)
    {
        var calls = new ConcurrentQueue<N2fCall>();
        var watch = Stopwatch.StartNew();
        N2fClient client;
        try
        {
            client = context.Session.Client;
        }
        catch (N2fCredentialsMissingException e)
        {
            return new N2fProbe(null, e, [], watch.Elapsed);
        }
        client.Metrics.Observed += calls.Enqueue;
        try
        {
            var directory = await context.Session.DirectoryAsync(cancellationToken).ConfigureAwait(false);
            return new N2fProbe(directory, null, calls.ToArray(), watch.Elapsed);
        }
        catch (N2fApiException e)
        {
            return new N2fProbe(null, e, calls.ToArray(), watch.Elapsed);
        }
        finally
        {
            client.Metrics.Observed -= calls.Enqueue;
        }
    }

    /// <summary>The time of the calls that match, for a check's duration.</summary>
    public TimeSpan TimeOf(Func<N2fCall, bool> match) =>
        TimeSpan.FromTicks(Calls.Where(match).Sum(c => c.Duration.Ticks));
}
