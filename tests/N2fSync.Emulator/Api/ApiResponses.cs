using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace N2fSync.Emulator;

/// <summary>
/// N2F's envelope: every answer is <c>{"response": ...}</c>; errors carry <c>result: 0</c>, a human
/// <c>message</c> (what a client shows its user) and the field <c>errors</c>.
/// </summary>
internal static class ApiResponses
{
    public static Task WriteAsync(HttpContext ctx, int status, JsonNode? response)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json; charset=utf-8";
        var body = new JsonObject { ["response"] = response };
        return ctx.Response.WriteAsync(body.ToJsonString(EmulatorJson.Api));
    }

    public static Task Ok(HttpContext ctx, JsonNode? response) => WriteAsync(ctx, StatusCodes.Status200OK, response);

    /// <summary>A list answer: <c>{"response": {"data": [...]}}</c>.</summary>
    public static Task Data(HttpContext ctx, IEnumerable<JsonNode> items) =>
        Ok(ctx, new JsonObject { ["data"] = new JsonArray([.. items]) });

    /// <summary>A write's success: <c>{"response": {"result": 1, "message": .., "data": ..}}</c>.</summary>
    public static Task Done(HttpContext ctx, string message, JsonNode? data = null)
    {
        var response = new JsonObject { ["result"] = 1, ["message"] = message };
        if (data is not null)
        {
            response["data"] = data;
        }

        return Ok(ctx, response);
    }

    public static Task Error(HttpContext ctx, int status, string message, IReadOnlyList<EmulatorFieldError>? errors = null)
    {
        var list = new JsonArray();
        foreach (var error in errors ?? [])
        {
            list.Add(new JsonObject { ["field"] = error.Field, ["message"] = error.Message });
        }

        return WriteAsync(ctx, status, new JsonObject { ["result"] = 0, ["message"] = message, ["errors"] = list });
    }

    public static Task Invalid(HttpContext ctx, IReadOnlyList<EmulatorFieldError> errors) =>
        Error(ctx, StatusCodes.Status400BadRequest, string.Join(" ", errors.Select(e => e.Message)), errors);

    /// <summary>Sets <c>Retry-After</c> as seconds, or as an HTTP date when the options ask for it.</summary>
    public static void SetRetryAfter(HttpContext ctx, EmulatorOptions options, int seconds)
    {
        seconds = Math.Max(1, seconds);
        ctx.Response.Headers.RetryAfter = options.RetryAfterAsHttpDate
            ? options.TimeProvider.GetUtcNow().AddSeconds(seconds).ToString("R", CultureInfo.InvariantCulture)
            : seconds.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>N2F's instant format: UTC, 7 fractional digits, trailing Z (e.g. 2026-11-24T15:54:35.8185075Z).</summary>
    public static string Instant(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
