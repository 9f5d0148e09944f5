using N2fSync.Config;
using N2fSync.Diagnostics;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace N2fSync.N2f.Http;

/// <summary>
/// The client's one resilience pipeline: retries of transient failures with exponential backoff and jitter, a
/// shorter budget while N2F has not answered once in the session, a warning per retry when nothing answered (so a dead
/// N2F does not look like a hang), and a circuit breaker so a dead API ends a run instead of every row's retries.
/// </summary>
internal static class N2fRetryPipeline
{
    private const int BreakerThroughput = 12;

    /// <summary>The pipeline of one client; <paramref name="everAnswered"/> says whether N2F has answered anything yet.</summary>
    public static ResiliencePipeline Build(N2fOptions options, TimeProvider time, ISyncLog log, Uri baseUrl, Func<bool> everAnswered)
    {
        // retryCount 0 is valid config (no retries), but Polly's retry strategy refuses fewer than 1 attempt.
        if (options.RetryCount <= 0) return ResiliencePipeline.Empty;
        return new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => new ValueTask<bool>(args.Outcome.Exception is N2fTransientException e
                    && args.AttemptNumber < Budget(options, e, everAnswered())),
                MaxRetryAttempts = options.RetryCount,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(Math.Max(0.001, options.RetryBaseDelaySeconds)),
                MaxDelay = TimeSpan.FromMinutes(5),
                // A 429's wait is already enforced by the quota gate; the retry itself need not add more.
                DelayGenerator = args => new ValueTask<TimeSpan?>(
                    args.Outcome.Exception is N2fTransientException { RetryAfter: not null } ? TimeSpan.Zero : null),
                OnRetry = args =>
                {
                    if (args.Outcome.Exception is N2fTransientException e)
                        Report(log, baseUrl, e, args.AttemptNumber + 1, Budget(options, e, everAnswered()), args.RetryDelay);
                    return default;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<N2fTransientException>(),
                FailureRatio = 1.0,
                MinimumThroughput = BreakerThroughput,
                SamplingDuration = TimeSpan.FromMinutes(2),
                BreakDuration = TimeSpan.FromSeconds(30),
                OnOpened = args =>
                {
                    log.Warning($"N2F at {baseUrl} failed {BreakerThroughput}+ calls in a row: calls suspended for {args.BreakDuration.TotalSeconds:0} s.");
                    return default;
                },
            })
            .Build();
    }

    /// <summary>
    /// Retries allowed for this failure. While N2F has never answered in the session, a call nothing answers (refused,
    /// unknown host, timed out) gets <see cref="N2fOptions.UnreachableRetryCount"/>: a wrong URL, a stopped service or
    /// a firewall does not heal in the two minutes the full budget would wait, and a brief restart is covered by a retry
    /// or two. Once N2F has answered, an outage mid-run gets the whole budget: the run has work in hand.
    /// </summary>
    public static int Budget(N2fOptions options, N2fTransientException failure, bool everAnswered) =>
        failure.Unanswered && !everAnswered ? Math.Min(options.UnreachableRetryCount, options.RetryCount) : options.RetryCount;

    private static void Report(ISyncLog log, Uri baseUrl, N2fTransientException e, int retry, int budget, TimeSpan delay)
    {
        var next = $"retry {retry} of {budget} in {delay.TotalSeconds:0.##} s";
        if (e.Unanswered)
            log.Warning($"N2F not reachable at {baseUrl}: {e.Message} ({e.Method} {e.Path}); {next}");
        else
            log.Verbose($"N2F {e.Method} {e.Path}: {e.Message}; {next}");
    }
}
