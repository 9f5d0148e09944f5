using System.Net.Http;
using System.Text;
using N2fSync.Config;
using N2fSync.Diagnostics;
using N2fSync.N2f.Quota;
using Polly.CircuitBreaker;
using Polly;

namespace N2fSync.N2f.Http;

/// <summary>
/// The one way to talk to N2F: authentication with token reuse, one re-authentication on 401, sequential calls paced
/// by the quota gate, transient failures retried by one Polly pipeline, errors surfaced with status and N2F's message.
/// Knows HTTP and the envelope, nothing of users or axes.
/// </summary>
public sealed partial class N2fClient : IDisposable
{
    // A 429 without Retry-After: wait a full quota window before the next call of that kind.
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(60);
    private readonly N2fExchange _exchange;
    private readonly Uri _baseUrl;
    private readonly N2fCredentials _credentials;
    private readonly N2fOptions _options;
    private readonly QuotaGate _gate;
    private readonly ISyncLog _log;
    private readonly TimeProvider _time;
    private readonly N2fTokenCache _tokens;
    private readonly Redactor _redactor = new();
    private readonly ResiliencePipeline _retry;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public N2fClient(N2fOptions options, N2fCredentials credentials, QuotaGate gate, ISyncLog? log = null,
        TimeProvider? time = null, HttpMessageHandler? handler = null)
    {
        _options = options;
        _credentials = credentials;
        _gate = gate;
        _log = log ?? NullSyncLog.Instance;
        _time = time ?? TimeProvider.System;
        _baseUrl = new Uri(options.EffectiveBaseUrl, UriKind.Absolute);
        _tokens = new N2fTokenCache(TimeSpan.FromSeconds(options.TokenSafetyMarginSeconds), _time);
        _redactor.Add(credentials.ClientSecret);
        // The per-call timeout is ours (linked token), so HttpClient's own is switched off.
        var http = new HttpClient(handler ?? N2fHttpHandler.Create(options), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _exchange = new N2fExchange(http, _baseUrl, options.TimeoutSeconds, _time, Metrics, _redactor, _log);
        _retry = N2fRetryPipeline.Build(options, _time, _log, _baseUrl, () => HasAnswered);
        Stats = new N2fCallStats(gate);
    }

    public N2fCallStats Stats { get; }

    /// <summary>Every call by verb and status, with latency, for the run's metrics and the JSON log.</summary>
    public N2fCallMetrics Metrics { get; } = new();

    /// <summary>Told about every write before it is sent and after its outcome (the read cache keeps itself current with it).</summary>
    public IN2fWriteObserver? WriteObserver { get; set; }

    /// <summary>
    /// True (the default): a write whose answer was lost after it was sent is sent again by the retry, which costs a
    /// write (an upsert is idempotent, a delete answered 404 is done). False: it fails with
    /// <see cref="N2fOutcomeUnknownException"/> and the caller settles it, e.g. with one re-read of the list for many
    /// such writes at the end of a scope. Writes that surely never left (connection refused) are retried either way.
    /// </summary>
    public bool ResendWritesOfUnknownOutcome { get; set; } = true;

    /// <summary>Keeps other processes using the same API client from calling N2F at the same time (null: this process only).</summary>
    public ClientCallLock? CallLock { get; set; }

    // The cross-process turn of the attempt in flight (one at a time, under _oneAtATime).
    private ClientCallLock.Turn? _turn;

    public Uri BaseUrl => _baseUrl;

    /// <summary>Whether N2F has answered anything (any status) in this session.</summary>
    public bool HasAnswered => _exchange.HasAnswered;

    /// <summary>N2F's clock (the Date header of its last answer) and ours when that answer came: their offset.</summary>
    public (DateTimeOffset Server, DateTimeOffset Local)? LastAnswerClock => _exchange.LastAnswerClock;

    /// <summary>GET a path; the answer body on 2xx, else <see cref="N2fApiException"/>.</summary>
    public async Task<string> GetAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        using var body = await GetUtf8Async(pathAndQuery, cancellationToken).ConfigureAwait(false);
        return body.Text();
    }

    /// <summary>GET a path; on 2xx the body as UTF-8 bytes in a pooled buffer (dispose it), else <see cref="N2fApiException"/>.</summary>
    public async Task<N2fBody> GetUtf8Async(string pathAndQuery, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Get, pathAndQuery, null, cancellationToken).ConfigureAwait(false);
        return answer.IsSuccess ? answer.Body : throw Failure("GET", pathAndQuery, answer.Status, answer.TakeText());
    }

    /// <summary>POST an upsert; returns the final answer, successful or not (4xx is the caller's to report).</summary>
    public Task<N2fResponse> PostAsync(string path, string jsonBody, CancellationToken cancellationToken) =>
        SendWriteAsync(HttpMethod.Post, path, jsonBody, cancellationToken);

    /// <summary>DELETE; returns the final answer (a 404 means already gone).</summary>
    public Task<N2fResponse> DeleteAsync(string path, CancellationToken cancellationToken) =>
        SendWriteAsync(HttpMethod.Delete, path, null, cancellationToken);

    public N2fApiException Failure(string method, string path, N2fResponse response) =>
        Failure(method, path, response.StatusCode, response.Body);

    private static N2fApiException Failure(string method, string path, int status, string body) =>
        new(method, path, status, N2fJson.ErrorMessage(body));

    private async Task<N2fResponse> SendWriteAsync(HttpMethod method, string path, string? body, CancellationToken cancellationToken)
    {
        var observer = WriteObserver;
        observer?.Sending(method.Method, path);
        N2fResponse? response = null;
        try
        {
            var answer = await SendAsync(method, path, body, cancellationToken).ConfigureAwait(false);
            return response = new N2fResponse(answer.Status, answer.TakeText(), answer.Elapsed);
        }
        finally
        {
            // No response: the outcome is unknown (gave up, cancelled, circuit open) and the observer must assume the worst.
            observer?.Completed(method.Method, path, body, response);
        }
    }

    private async Task<N2fAnswer> SendAsync(HttpMethod method, string path, string? body, CancellationToken cancellationToken)
    {
        // Each kind waits for its own quota before its turn: reads and writes have separate quotas, so a read waiting
        // for the read quota must not hold up a write that has room (a run sends updates while it reads N2F's users).
        await _gate.WaitForRoomAsync(method == HttpMethod.Get ? CallKind.Read : CallKind.Write, cancellationToken).ConfigureAwait(false);
        // N2F forbids parallel calls: one request in flight per client, whoever calls.
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        var attempts = 0;
        try
        {
            return await _retry.ExecuteAsync(async ct =>
            {
                if (attempts++ > 0) Stats.CountRetry();
                // The turn is taken per attempt, not across a retry's back-off: another process may call meanwhile.
                using var turn = CallLock is null ? null : await CallLock.AcquireAsync(ct).ConfigureAwait(false);
                _turn = turn;
                try
                {
                    if (turn is not null)
                        foreach (var (kind, at) in turn.ForeignCalls) _gate.Seed(kind, [at]);
                    return await AttemptAsync(method, path, body, reauthenticated: false, ct).ConfigureAwait(false);
                }
                finally
                {
                    _turn = null;
                }
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (N2fTransientException e)
        {
            // The call that failed may be POST auth, made on behalf of this one: name that one.
            var gaveUp = $"gave up after {attempts} attempt(s)" + (e.Unanswered && !HasAnswered ? "; N2F has not answered once" : "");
            throw new N2fApiException(e.Method, e.Path, e.StatusCode,
                e.Unanswered ? $"not reachable at {_baseUrl}: {e.Message} ({gaveUp})" : $"{e.Message} ({gaveUp})", e);
        }
        catch (BrokenCircuitException e)
        {
            throw new N2fApiException(method.Method, path, null,
                $"N2F at {_baseUrl} is failing every call; calls are suspended for a while instead of piling up retries (circuit open).", e);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<N2fAnswer> AttemptAsync(HttpMethod method, string path, string? body, bool reauthenticated,
        CancellationToken cancellationToken)
    {
        var kind = method == HttpMethod.Get ? CallKind.Read : CallKind.Write;
        var token = _tokens.Current ?? await AuthenticateAsync(cancellationToken).ConfigureAwait(false);
        await _gate.WaitAsync(kind, cancellationToken).ConfigureAwait(false);

        Stats.CountAttempt(kind == CallKind.Write);
        using var request = new HttpRequestMessage(method, new Uri(_baseUrl, path));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        // The HTTP stack itself sends a request without a body again, unseen and uncounted by the quota gate, when a
        // reused connection closes before the answer: for a DELETE N2F may already have applied. An empty body stops
        // that. GETs keep none (.NET Framework refuses a GET with content); a read sent twice is harmless.
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        else if (kind == CallKind.Write) request.Content = new ByteArrayContent([]);

        N2fAnswer answer;
        try
        {
            answer = await _exchange.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (N2fTransientException e) when (kind == CallKind.Write && !e.SurelyNotSent && !ResendWritesOfUnknownOutcome)
        {
            throw new N2fOutcomeUnknownException(method.Method, path, e.Message, e);
        }
        finally
        {
            // Counted whatever happened: a call that got no answer may have reached N2F and spent its quota.
            _gate.Settle(kind);
            // Answered or not, the call may have reached N2F: other processes count it too.
            _turn?.Record(kind, _time.GetUtcNow());
        }
        _log.Verbose($"N2F {method.Method} {path} -> {answer.Status} ({answer.Elapsed.TotalMilliseconds:0} ms)");

        if (answer.Status == 401 && !reauthenticated)
        {
            // The token died early (revoked, server restart): one fresh token, one more try.
            answer.Body.Dispose();
            _tokens.Invalidate();
            return await AttemptAsync(method, path, body, reauthenticated: true, cancellationToken).ConfigureAwait(false);
        }
        if (answer.Status == 429)
        {
            answer.Body.Dispose();
            Stats.CountThrottled();
            var wait = answer.RetryAfter ?? DefaultRetryAfter;
            _gate.Throttled(kind, wait);
            throw new N2fTransientException(method.Method, path, 429, $"quota exceeded (429), retry after {wait.TotalSeconds:0.#} s", wait);
        }
        if (answer.Status is >= 500 or 408)
            throw new N2fTransientException(method.Method, path, answer.Status, $"N2F answered {answer.Status}: {N2fJson.ErrorMessage(answer.TakeText())}");
        return answer;
    }

    private async Task<string> AuthenticateAsync(CancellationToken cancellationToken)
    {
        var body = "{\"client_id\":" + Json(_credentials.ClientId) + ",\"client_secret\":" + Json(_credentials.ClientSecret) + "}";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseUrl, "auth"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        Stats.CountAuthentication();
        var answer = await _exchange.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = answer.TakeText();
        _log.Verbose($"N2F POST auth -> {answer.Status} ({answer.Elapsed.TotalMilliseconds:0} ms)");
        if (answer.Status is >= 500 or 408 or 429)
            throw new N2fTransientException("POST", "auth", answer.Status, $"authentication answered {answer.Status}: {N2fJson.ErrorMessage(text)}");
        if (!answer.IsSuccess)
            throw new N2fApiException("POST", "auth", answer.Status,
                $"authentication of client '{_credentials.ClientId}' refused: {N2fJson.ErrorMessage(text)}");
        var token = _tokens.Store(text);
        _redactor.Add(token);
        return token;
    }

    private static string Json(string value) => System.Text.Json.JsonSerializer.Serialize(value);

    public void Dispose()
    {
        _exchange.Dispose();
        _oneAtATime.Dispose();
    }
}
