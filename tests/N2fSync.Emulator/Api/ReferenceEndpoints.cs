using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace N2fSync.Emulator;

/// <summary><c>GET companies</c> (paged), <c>GET roles</c> and <c>GET userprofiles</c> (array directly in response).</summary>
internal sealed class ReferenceEndpoints(EmulatorState state, EmulatorOptions options)
{
    public Task CompaniesAsync(HttpContext ctx)
    {
        if (!PageRequest.TryRead(ctx.Request, options.MaxPageSize, out var page, out var error))
        {
            return ApiResponses.Error(ctx, StatusCodes.Status400BadRequest, error);
        }

        return ApiResponses.Data(ctx, state.Companies.Skip(page.Start).Take(page.Limit).Select(ReferenceJson.Company));
    }

    // Unlike the other lists, N2F puts these arrays straight into "response", without "data".
    public Task RolesAsync(HttpContext ctx) =>
        ApiResponses.Ok(ctx, new JsonArray([.. state.Roles.Select(r => ReferenceJson.Named(r.Uuid, r.Names))]));

    public Task ProfilesAsync(HttpContext ctx) =>
        ApiResponses.Ok(ctx, new JsonArray([.. state.Profiles.Select(p => ReferenceJson.Named(p.Uuid, p.Names))]));
}
