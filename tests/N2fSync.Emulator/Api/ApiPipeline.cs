using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace N2fSync.Emulator;

/// <summary>
/// Middleware around every call under the API base: request log and concurrency count, injected faults, bearer
/// token, quota, then the endpoint. The answer is buffered and only sent once the request is recorded and no longer
/// counted in flight, so a sequential client can never look concurrent and a test that has its answer finds the
/// request in the log. Buffering also lets a lost answer be dropped after the write was applied.
/// </summary>
internal sealed class ApiPipeline(EmulatorState state, EmulatorOptions options, RequestLog log)
{
    public const string BasePath = "/services/api/v2";

    private readonly FaultInjector _faults = new();
    private readonly QuotaTracker _quotas = new();

    public async Task InvokeAsync(HttpContext ctx, RequestDelegate next)
    {
        if (!ctx.Request.Path.StartsWithSegments(BasePath))
        {
            await next(ctx);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var at = options.TimeProvider.GetUtcNow();
        var method = ctx.Request.Method;
        var isAuth = ctx.Request.Path.Equals(BasePath + "/auth", StringComparison.OrdinalIgnoreCase);
        var isWrite = !isAuth && (HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method));
        var wire = ctx.Response.Body;
        using var buffer = new MemoryStream();
        ctx.Response.Body = buffer;
        var abort = true;
        int? lostAnswer = null;
        log.Enter();
        try
        {
            var ending = await HandleAsync(ctx, next, new CallKind(isAuth, isWrite), buffer);
            abort = ending != Ending.Answered;
            if (ending == Ending.AnswerLost) lostAnswer = ctx.Response.StatusCode;
        }
        catch (Exception) when (ctx.RequestAborted.IsCancellationRequested)
        {
            // The client went away (or a delay was cut short): there is nobody left to answer.
        }
        catch (Exception e)
        {
            // An emulator bug still answers like a server, with a body the client can report.
            buffer.SetLength(0);
            await ApiResponses.Error(ctx, StatusCodes.Status500InternalServerError, $"Emulator failure: {e.GetType().Name}: {e.Message}");
            abort = false;
        }
        finally
        {
            log.Exit();
            log.Add(new RecordedRequest
            {
                At = at,
                Method = method,
                Path = ctx.Request.Path.Value ?? "",
                Query = ctx.Request.QueryString.HasValue ? ctx.Request.QueryString.Value![1..] : "",
                Status = abort ? 0 : ctx.Response.StatusCode,
                LostAnswerStatus = abort ? lostAnswer : null,
                DurationMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                IsWrite = isWrite,
                IsAuth = isAuth,
            });
        }

        if (abort)
        {
            ctx.Abort();
            return;
        }

        ctx.Response.Body = wire;
        ctx.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(wire, ctx.RequestAborted);
    }

    /// <summary>Answers into the buffer; says whether the connection must be aborted instead of answered, and why.</summary>
    private async Task<Ending> HandleAsync(HttpContext ctx, RequestDelegate next, CallKind kind, MemoryStream buffer)
    {
        if (options.ResponseDelay > TimeSpan.Zero)
        {
            await Task.Delay(options.ResponseDelay, ctx.RequestAborted);
        }

        var faults = options.Faults;
        switch (_faults.Before(faults, kind.IsAuth, out var faultStatus))
        {
            case FaultKind.Drop:
                return Ending.Dropped;
            case FaultKind.TooManyRequests:
                ApiResponses.SetRetryAfter(ctx, options, faults.RetryAfterSeconds);
                await ApiResponses.Error(ctx, faultStatus, "Too many requests: the API quota is exceeded, retry later.");
                return Ending.Answered;
            case FaultKind.ServerError:
                if (faultStatus == StatusCodes.Status503ServiceUnavailable)
                {
                    ApiResponses.SetRetryAfter(ctx, options, faults.RetryAfterSeconds);
                }

                await ApiResponses.Error(ctx, faultStatus, faultStatus == 500 ? "Internal server error." : "Service unavailable, retry later.");
                return Ending.Answered;
        }

        if (!kind.IsAuth && !await AdmitAsync(ctx, kind.IsWrite))
        {
            return Ending.Answered;
        }

        await next(ctx);
        await ctx.Response.BodyWriter.FlushAsync(ctx.RequestAborted);
        if (ctx.Response.StatusCode >= 400 && buffer.Length == 0)
        {
            // Routing's own 404/405 have no body; N2F's errors always explain themselves.
            await ApiResponses.Error(ctx, ctx.Response.StatusCode, ctx.Response.StatusCode == StatusCodes.Status405MethodNotAllowed
                ? $"Method {ctx.Request.Method} is not allowed on {ctx.Request.Path}."
                : $"No API route for {ctx.Request.Method} {ctx.Request.Path}.");
        }

        return kind.IsWrite && _faults.LoseResponse(faults) ? Ending.AnswerLost : Ending.Answered;
    }

    /// <summary>Checks the bearer token, then the quota; answers 401 or 429 and returns false when refused.</summary>
    private async Task<bool> AdmitAsync(HttpContext ctx, bool isWrite)
    {
        var header = ctx.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : "";
        var clientId = "";
        var check = token.Length == 0 ? TokenCheck.Invalid : state.CheckToken(token, out clientId);
        if (check != TokenCheck.Valid)
        {
            ctx.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await ApiResponses.Error(ctx, StatusCodes.Status401Unauthorized, check == TokenCheck.Expired
                ? "Token expired: authenticate again with POST auth."
                : token.Length == 0 ? "Token invalid: send Authorization: Bearer <token> from POST auth." : "Token invalid.");
            return false;
        }

        if (options.Quota is { } quota && _quotas.TryAcquire(quota, clientId, isWrite, options.TimeProvider.GetUtcNow()) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            ApiResponses.SetRetryAfter(ctx, options, seconds);
            var kind = isWrite ? "write" : "read";
            var limit = isWrite ? quota.WritesPerWindow : quota.ReadsPerWindow;
            await ApiResponses.Error(
                ctx,
                StatusCodes.Status429TooManyRequests,
                $"Too many requests: the {kind} quota of {limit} per {quota.Window.TotalSeconds:0.###} s is used up; retry after {Math.Max(1, seconds)} s.");
            return false;
        }

        return true;
    }

    private readonly record struct CallKind(bool IsAuth, bool IsWrite);

    /// <summary>How a request ends: answered, its connection dropped unhandled, or handled and its answer lost.</summary>
    private enum Ending { Answered, Dropped, AnswerLost }
}
