using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Text;
using N2fSync.Config;
using N2fSync.Diagnostics;
using N2fSync.N2f.Quota;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace N2fSync.N2f.Http;

/// <summary>
/// The one way to talk to N2F: authentication with token reuse, one re-authentication on 401, sequential calls paced
/// by the quota gate, transient failures retried by one Polly pipeline, errors surfaced with status and N2F's message.
/// Knows HTTP and the envelope, nothing of users or axes.
/// </summary>
public sealed class N2fClient : IDisposable
{
    private static readonly HttpMethod Delete = HttpMethod.Delete;
    // A 429 without Retry-After: wait a full quota window before the next call of that kind.
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(60);
    private readonly HttpClient _http;
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
        _http = new HttpClient(handler ?? CreateHandler(options), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _retry = BuildRetryPipeline();
    }

    public N2fCallStats Stats { get; } = new();

    /// <summary>Every call by verb and status, with latency, for the run's metrics and the JSON log.</summary>
    public N2fCallMetrics Metrics { get; } = new();

    /// <summary>Told about every write before it is sent and after its outcome (the read cache keeps itself current with it).</summary>
    public IN2fWriteObserver? WriteObserver { get; set; }

    /// <summary>Keeps other processes using the same API client from calling N2F at the same time (null: this process only).</summary>
    public ClientCallLock? CallLock { get; set; }

    // The cross-process turn of the attempt in flight (one at a time, under _oneAtATime).
    private ClientCallLock.Turn? _turn;

    public Uri BaseUrl => _baseUrl;

    /// <summary>N2F's clock (the Date header of its last answer) and ours when that answer came: their offset.</summary>
    public (DateTimeOffset Server, DateTimeOffset Local)? LastAnswerClock { get; private set; }

    /// <summary>GET a path; the answer body on 2xx, else <see cref="N2fApiException"/>.</summary>
    public async Task<string> GetAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Get, pathAndQuery, null, cancellationToken).ConfigureAwait(false);
        return response.IsSuccess ? response.Body : throw Failure("GET", pathAndQuery, response);
    }

    /// <summary>POST an upsert; returns the final answer, successful or not (4xx is the caller's to report).</summary>
    public Task<N2fResponse> PostAsync(string path, string jsonBody, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, jsonBody, cancellationToken);

    /// <summary>DELETE; returns the final answer (404 means already gone, decisions 16).</summary>
    public Task<N2fResponse> DeleteAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(Delete, path, null, cancellationToken);

    public N2fApiException Failure(string method, string path, N2fResponse response) =>
        new(method, path, response.StatusCode, N2fJson.ErrorMessage(response.Body));

    private async Task<N2fResponse> SendAsync(HttpMethod method, string path, string? body, CancellationToken cancellationToken)
    {
        var observer = method == HttpMethod.Get ? null : WriteObserver;
        observer?.Sending(method.Method, path);
        N2fResponse? response = null;
        try
        {
            return response = await SendOneAtATimeAsync(method, path, body, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // No response: the outcome is unknown (gave up, cancelled, circuit open) and the observer must assume the worst.
            observer?.Completed(method.Method, path, body, response);
        }
    }

    private async Task<N2fResponse> SendOneAtATimeAsync(HttpMethod method, string path, string? body, CancellationToken cancellationToken)
    {
        // N2F forbids parallel calls (domain 2.5): one request in flight per client, whoever calls.
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var attempt = 0;
            return await _retry.ExecuteAsync(async ct =>
            {
                if (attempt++ > 0) Stats.CountRetry();
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
            throw new N2fApiException(method.Method, path, e.StatusCode,
                $"{e.Message} (gave up after {_options.RetryCount} retries)", e);
        }
        catch (BrokenCircuitException e)
        {
            throw new N2fApiException(method.Method, path, null,
                "N2F is failing every call; calls are suspended for a while instead of piling up retries (circuit open).", e);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<N2fResponse> AttemptAsync(HttpMethod method, string path, string? body, bool reauthenticated,
        CancellationToken cancellationToken)
    {
        var kind = method == HttpMethod.Get ? CallKind.Read : CallKind.Write;
        var token = _tokens.Current ?? await AuthenticateAsync(cancellationToken).ConfigureAwait(false);
        await _gate.WaitAsync(kind, cancellationToken).ConfigureAwait(false);

        Stats.CountAttempt(kind == CallKind.Write);
        using var request = new HttpRequestMessage(method, new Uri(_baseUrl, path));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");

        (int status, string text, TimeSpan? retryAfter, TimeSpan elapsed) answer;
        try
        {
            answer = await ExchangeAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Settle(kind);
            // Answered or not, the call may have reached N2F: other processes count it too.
            _turn?.Record(kind, _time.GetUtcNow());
        }
        var (status, text, retryAfter, elapsed) = answer;
        _log.Verbose($"N2F {method.Method} {path} -> {status} ({elapsed.TotalMilliseconds:0} ms)");

        if (status == 401 && !reauthenticated)
        {
            // The token died early (revoked, server restart): one fresh token, one more try (domain 2.2).
            _tokens.Invalidate();
            return await AttemptAsync(method, path, body, reauthenticated: true, cancellationToken).ConfigureAwait(false);
        }
        if (status == 429)
        {
            Stats.CountThrottled();
            var wait = retryAfter ?? DefaultRetryAfter;
            _gate.Block(kind, wait);
            throw new N2fTransientException(status, $"quota exceeded (429), retry after {wait.TotalSeconds:0.#} s", wait);
        }
        if (status is >= 500 or 408)
            throw new N2fTransientException(status, $"N2F answered {status}: {N2fJson.ErrorMessage(text)}");
        return new N2fResponse(status, text, elapsed);
    }

    private async Task<string> AuthenticateAsync(CancellationToken cancellationToken)
    {
        var body = "{\"client_id\":" + Json(_credentials.ClientId) + ",\"client_secret\":" + Json(_credentials.ClientSecret) + "}";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseUrl, "auth"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        Stats.CountAuthentication();
        var (status, text, _, elapsed) = await ExchangeAsync(request, cancellationToken).ConfigureAwait(false);
        _log.Verbose($"N2F POST auth -> {status} ({elapsed.TotalMilliseconds:0} ms)");
        if (status is >= 500 or 408 or 429)
            throw new N2fTransientException(status, $"authentication answered {status}: {N2fJson.ErrorMessage(text)}");
        if (status is < 200 or >= 300)
            throw new N2fApiException("POST", "auth", status,
                $"authentication of client '{_credentials.ClientId}' refused: {N2fJson.ErrorMessage(text)}");
        var token = _tokens.Store(text);
        _redactor.Add(token);
        return token;
    }

    /// <summary>Sends one request with the per-call timeout; turns timeouts and dropped connections into transient failures.</summary>
    private async Task<(int Status, string Body, TimeSpan? RetryAfter, TimeSpan Elapsed)> ExchangeAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token)
                .ConfigureAwait(false);
            var text = response.Content is null ? "" : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            if (response.Headers.Date is { } date) LastAnswerClock = (date, _time.GetUtcNow());
            Metrics.Record(new N2fCall(request.Method.Method, Path(request), (int)response.StatusCode, watch.Elapsed, _time.GetUtcNow()));
            return ((int)response.StatusCode, _redactor.Apply(text), RetryAfterOf(response), watch.Elapsed);
        }
        catch (Exception) when (Unanswered(request, watch.Elapsed))
        {
            throw;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _log.Verbose($"N2F {request.Method.Method} {Path(request)} timed out after {watch.Elapsed.TotalSeconds:0.#} s");
            throw new N2fTransientException(null, $"no answer within {_options.TimeoutSeconds} s");
        }
        catch (HttpRequestException e)
        {
            _log.Verbose($"N2F {request.Method.Method} {Path(request)} failed: {e.GetBaseException().Message}");
            throw new N2fTransientException(null, $"connection failed: {_redactor.Apply(e.GetBaseException().Message)}", inner: e);
        }
    }

    /// <summary>Counts a call that got no answer (status 0) and lets the exception go on; always false.</summary>
    private bool Unanswered(HttpRequestMessage request, TimeSpan elapsed)
    {
        Metrics.Record(new N2fCall(request.Method.Method, Path(request), 0, elapsed, _time.GetUtcNow()));
        return false;
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - _time.GetUtcNow() is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero;
        return null;
    }

    // retryCount 0 is valid config (no retries), but Polly's retry strategy refuses fewer than 1 attempt.
    private ResiliencePipeline BuildRetryPipeline() => _options.RetryCount <= 0
        ? ResiliencePipeline.Empty
        : new ResiliencePipelineBuilder { TimeProvider = _time }
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<N2fTransientException>(),
            MaxRetryAttempts = _options.RetryCount,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromSeconds(Math.Max(0.001, _options.RetryBaseDelaySeconds)),
            MaxDelay = TimeSpan.FromMinutes(5),
            // A 429's wait is already enforced by the quota gate; the retry itself need not add more.
            DelayGenerator = args => new ValueTask<TimeSpan?>(
                args.Outcome.Exception is N2fTransientException { RetryAfter: not null } ? TimeSpan.Zero : null),
            OnRetry = args =>
            {
                _log.Verbose($"N2F retry {args.AttemptNumber + 1} of {_options.RetryCount} in {args.RetryDelay.TotalSeconds:0.##} s: "
                             + args.Outcome.Exception?.Message);
                return default;
            },
        })
        // A dead API should end the run quickly, not cost every remaining row its full retry budget.
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<N2fTransientException>(),
            FailureRatio = 1.0,
            MinimumThroughput = 12,
            SamplingDuration = TimeSpan.FromMinutes(2),
            BreakDuration = TimeSpan.FromSeconds(30),
            OnOpened = args =>
            {
                _log.Warning($"N2F failed {12}+ calls in a row: calls suspended for {args.BreakDuration.TotalSeconds:0} s.");
                return default;
            },
        })
        .Build();

    private string Path(HttpRequestMessage request) =>
        request.RequestUri is null ? "" : _baseUrl.MakeRelativeUri(request.RequestUri).ToString();

    private static string Json(string value) => System.Text.Json.JsonSerializer.Serialize(value);

    internal static HttpMessageHandler CreateHandler(N2fOptions options)
    {
        var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate };
        if (!string.IsNullOrWhiteSpace(options.Proxy))
        {
            handler.Proxy = new WebProxy(new Uri(options.Proxy!)) { UseDefaultCredentials = true };
            handler.UseProxy = true;
        }
        return handler;
    }

    public void Dispose()
    {
        _http.Dispose();
        _oneAtATime.Dispose();
    }
}
