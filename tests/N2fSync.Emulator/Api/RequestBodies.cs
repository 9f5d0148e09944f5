using System.Text.Json.Nodes;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace N2fSync.Emulator;

/// <summary>Reads a JSON object body; anything else is a 400 whose message says what was wrong.</summary>
internal static class RequestBodies
{
    public static async Task<(JsonObject? Body, string Error)> ReadObjectAsync(HttpContext ctx)
    {
        try
        {
            var node = await JsonNode.ParseAsync(ctx.Request.Body, cancellationToken: ctx.RequestAborted);
            return node is JsonObject body ? (body, "") : (null, "The body must be a JSON object.");
        }
        catch (JsonException e)
        {
            // Position only: the parser's own message quotes the offending text, which could be part of a secret.
            return (null, $"The body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).");
        }
    }
}
