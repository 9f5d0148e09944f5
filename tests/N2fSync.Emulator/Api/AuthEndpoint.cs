using System.Text.Json.Nodes;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace N2fSync.Emulator;

/// <summary><c>POST auth</c>: client credentials in, opaque token and its validity out.</summary>
internal sealed class AuthEndpoint(EmulatorState state, EmulatorOptions options)
{
    public async Task PostAsync(HttpContext ctx)
    {
        var (body, error) = await RequestBodies.ReadObjectAsync(ctx);
        if (body is null)
        {
            await ApiResponses.Error(ctx, StatusCodes.Status400BadRequest, error);
            return;
        }

        // Messages never quote the submitted values: a mistyped secret must not end up in a client's log.
        var clientId = Text(body["client_id"]);
        var clientSecret = Text(body["client_secret"]);
        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(clientSecret))
        {
            await ApiResponses.Error(ctx, StatusCodes.Status400BadRequest, "client_id and client_secret are required (as JSON strings).");
            return;
        }

        if (!state.CheckCredentials(clientId, clientSecret))
        {
            await ApiResponses.Error(ctx, StatusCodes.Status401Unauthorized, "Invalid client credentials.");
            return;
        }

        var (token, validity) = state.IssueToken(clientId, options.TokenLifetime);
        await ApiResponses.Ok(ctx, new JsonObject { ["token"] = token, ["validity"] = ApiResponses.Instant(validity) });
    }

    private static string? Text(JsonNode? node) =>
        node?.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;
}
