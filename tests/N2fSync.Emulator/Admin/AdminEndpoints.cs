using System.Text.Json.Nodes;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace N2fSync.Emulator;

/// <summary>
/// Control endpoints under <c>/_emulator/</c> for the demo and for Pester tests that run the emulator as a separate
/// process. Outside the API base: no token, no quota, no faults, not recorded in the request log.
/// </summary>
internal sealed class AdminEndpoints(EmulatorState state, EmulatorOptions options, RequestLog log)
{
    public const string BasePath = "/_emulator";

    public static void Map(IEndpointRouteBuilder app, AdminEndpoints admin)
    {
        app.MapMethods(BasePath + "/health", [HttpMethods.Get], ctx => WriteAsync(ctx, 200, new JsonObject { ["status"] = "ok" }));
        app.MapMethods(BasePath + "/state", [HttpMethods.Get], admin.GetStateAsync);
        app.MapMethods(BasePath + "/state", [HttpMethods.Post], admin.PostStateAsync);
        app.MapMethods(BasePath + "/seed-reference", [HttpMethods.Post], admin.SeedReferenceAsync);
        app.MapMethods(BasePath + "/requests", [HttpMethods.Get], admin.GetRequestsAsync);
        app.MapMethods(BasePath + "/requests", [HttpMethods.Delete], admin.ClearRequestsAsync);
        app.MapMethods(BasePath + "/options", [HttpMethods.Get], admin.GetOptionsAsync);
        app.MapMethods(BasePath + "/options", [HttpMethods.Post], admin.PostOptionsAsync);
        app.MapMethods(BasePath + "/expire-tokens", [HttpMethods.Post], admin.ExpireTokensAsync);
    }

    private Task GetStateAsync(HttpContext ctx)
    {
        ctx.Response.ContentType = "application/json; charset=utf-8";
        return ctx.Response.WriteAsync(state.ToJson());
    }

    private async Task PostStateAsync(HttpContext ctx)
    {
        using var reader = new StreamReader(ctx.Request.Body);
        var json = await reader.ReadToEndAsync(ctx.RequestAborted);
        try
        {
            state.LoadJson(json);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            await WriteAsync(ctx, 400, new JsonObject { ["error"] = $"State not loaded: {e.Message}" });
            return;
        }

        await WriteAsync(ctx, 200, Counts());
    }

    private Task SeedReferenceAsync(HttpContext ctx)
    {
        state.SeedReference();
        return WriteAsync(ctx, 200, Counts());
    }

    private Task GetRequestsAsync(HttpContext ctx)
    {
        var entries = log.Entries;
        var summary = new JsonObject
        {
            ["total"] = entries.Count,
            ["writes"] = entries.Count(e => e.IsWrite),
            ["successfulWrites"] = entries.Count(e => e.IsWrite && e.Status is >= 200 and < 300),
            ["reads"] = entries.Count(e => !e.IsWrite && !e.IsAuth),
            ["status429"] = entries.Count(e => e.Status == 429),
            ["maxConcurrency"] = log.MaxConcurrency,
            ["requests"] = JsonSerializer.SerializeToNode(entries, EmulatorJson.State),
        };
        return WriteAsync(ctx, 200, summary);
    }

    private Task ClearRequestsAsync(HttpContext ctx)
    {
        log.Clear();
        return WriteAsync(ctx, 200, new JsonObject { ["cleared"] = true });
    }

    private Task GetOptionsAsync(HttpContext ctx) => WriteAsync(ctx, 200, OptionsJson.Render(options));

    private async Task PostOptionsAsync(HttpContext ctx)
    {
        var (body, error) = await RequestBodies.ReadObjectAsync(ctx);
        try
        {
            OptionsJson.Apply(options, body ?? throw new ArgumentException(error));
        }
        catch (ArgumentException e)
        {
            await WriteAsync(ctx, 400, new JsonObject { ["error"] = e.Message });
            return;
        }

        await WriteAsync(ctx, 200, OptionsJson.Render(options));
    }

    private Task ExpireTokensAsync(HttpContext ctx)
    {
        state.ExpireTokens();
        return WriteAsync(ctx, 200, new JsonObject { ["expired"] = true });
    }

    private JsonObject Counts()
    {
        var snapshot = state.Snapshot();
        return new JsonObject
        {
            ["companies"] = snapshot.Companies.Count,
            ["roles"] = snapshot.Roles.Count,
            ["profiles"] = snapshot.Profiles.Count,
            ["users"] = snapshot.Users.Count,
            ["axes"] = snapshot.Axes.Count,
            ["axisValues"] = snapshot.AxisValues.Count,
        };
    }

    private static Task WriteAsync(HttpContext ctx, int status, JsonNode body)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json; charset=utf-8";
        return ctx.Response.WriteAsync(body.ToJsonString(EmulatorJson.State));
    }
}
