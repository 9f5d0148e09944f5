using Microsoft.AspNetCore.Http;

namespace N2fSync.Emulator;

/// <summary><c>GET users</c> (paged), <c>POST users</c> (upsert by mail), <c>DELETE users/{mail}</c>.</summary>
internal sealed class UserEndpoints(EmulatorState state, EmulatorOptions options)
{
    public Task ListAsync(HttpContext ctx)
    {
        if (!PageRequest.TryRead(ctx.Request, options.MaxPageSize, out var page, out var error))
        {
            return ApiResponses.Error(ctx, StatusCodes.Status400BadRequest, error);
        }

        var (roles, profiles, culture) = (state.Roles, state.Profiles, options.AnswerCulture);
        var users = state.UserPage(page.Start, page.Limit);
        return ApiResponses.Data(ctx, users.Select(u => UserJson.Render(u, roles, profiles, culture)));
    }

    public async Task UpsertAsync(HttpContext ctx)
    {
        var (body, error) = await RequestBodies.ReadObjectAsync(ctx);
        if (body is null)
        {
            await ApiResponses.Error(ctx, StatusCodes.Status400BadRequest, error);
            return;
        }

        var result = state.UpsertUserFromApi(body);
        if (result.User is null)
        {
            await ApiResponses.Invalid(ctx, result.Errors);
            return;
        }

        var json = UserJson.Render(result.User, state.Roles, state.Profiles, options.AnswerCulture);
        await ApiResponses.Done(ctx, result.Created ? "User created." : "User updated.", json);
    }

    public Task DeleteAsync(HttpContext ctx)
    {
        var mail = RawPath.LastSegment(ctx).Trim();
        return state.RemoveUser(mail)
            ? ApiResponses.Done(ctx, "User deleted.")
            : ApiResponses.Error(ctx, StatusCodes.Status404NotFound, $"No user with mail '{mail}'.");
    }
}
