using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;

namespace N2fSync.Emulator;

/// <summary>Reads the last path segment from the raw request target, decoded exactly once.</summary>
internal static class RawPath
{
    // The decoded Path keeps "%2F" encoded, so a code like "A/B" (sent as A%2FB) would come out wrong from route
    // values; the raw target decoded once gives back exactly what the client encoded.
    public static string LastSegment(HttpContext ctx)
    {
        var raw = ctx.Features.Get<IHttpRequestFeature>()?.RawTarget ?? ctx.Request.Path.Value ?? "";
        var query = raw.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            raw = raw[..query];
        }

        return Uri.UnescapeDataString(raw[(raw.LastIndexOf('/') + 1)..]);
    }
}
