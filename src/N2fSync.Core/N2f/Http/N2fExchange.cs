using System.Diagnostics;
using System.IO;
using System.Net.Http;
using N2fSync.Diagnostics;

namespace N2fSync.N2f.Http;

/// <summary>
/// One HTTP exchange with N2F: the per-call timeout, the body read into a pooled buffer and cleared of secrets, the
/// call recorded in the metrics; a call that got no answer becomes a transient failure that says its cause and
/// whether the request surely never left. Remembers whether N2F has answered at all, and its clock.
/// </summary>
internal sealed class N2fExchange(HttpClient http, Uri baseUrl, int timeoutSeconds, TimeProvider time, N2fCallMetrics metrics,
    Redactor redactor, ISyncLog log) : IDisposable
{
    private int _answered;

    /// <summary>Whether N2F has answered anything (any status).</summary>
    public bool HasAnswered => Volatile.Read(ref _answered) == 1;

    /// <summary>N2F's clock (the Date header of its last answer) and ours when that answer came.</summary>
    public (DateTimeOffset Server, DateTimeOffset Local)? LastAnswerClock { get; private set; }

    public async Task<N2fAnswer> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(timeoutSeconds));
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token)
                .ConfigureAwait(false);
            Volatile.Write(ref _answered, 1);
            if (response.Headers.Date is { } date) LastAnswerClock = (date, time.GetUtcNow());
            var body = Redacted(await N2fBody.ReadAsync(response.Content, timeout.Token).ConfigureAwait(false));
            metrics.Record(new N2fCall(request.Method.Method, Path(request), (int)response.StatusCode, watch.Elapsed, time.GetUtcNow()));
            return new N2fAnswer((int)response.StatusCode, body, RetryAfterOf(response), watch.Elapsed);
        }
        catch (Exception) when (Unanswered(request, watch.Elapsed))
        {
            throw;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            log.Verbose($"N2F {request.Method.Method} {Path(request)} timed out after {watch.Elapsed.TotalSeconds:0.#} s");
            throw new N2fTransientException(request.Method.Method, Path(request), null, $"no answer within {timeoutSeconds} s");
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            log.Verbose($"N2F {request.Method.Method} {Path(request)} failed: {redactor.Apply(e.GetBaseException().Message)}");
            throw new N2fTransientException(request.Method.Method, Path(request), null, redactor.Apply(TransportFailure.Cause(e)),
                inner: e, surelyNotSent: TransportFailure.SurelyNotSent(e));
        }
    }

    /// <summary>The body as received, unless a known secret appears in it: then as text with the secret blanked.</summary>
    private N2fBody Redacted(N2fBody body)
    {
        if (!redactor.AppearsIn(body.Utf8.Span)) return body;
        using (body) return N2fBody.FromText(redactor.Apply(body.Text()));
    }

    /// <summary>Counts a call that got no answer (status 0) and lets the exception go on; always false.</summary>
    private bool Unanswered(HttpRequestMessage request, TimeSpan elapsed)
    {
        metrics.Record(new N2fCall(request.Method.Method, Path(request), 0, elapsed, time.GetUtcNow()));
        return false;
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - time.GetUtcNow() is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero;
        return null;
    }

    private string Path(HttpRequestMessage request) =>
        request.RequestUri is null ? "" : baseUrl.MakeRelativeUri(request.RequestUri).ToString();

    public void Dispose() => http.Dispose();
}
