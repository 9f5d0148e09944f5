using Microsoft.AspNetCore.Http;

namespace N2fSync.Emulator;

/// <summary>
/// A company's axes and their values: <c>GET companies/{c}/axes</c>, and under <c>companies/{c}/axes/{axisId}</c>
/// GET (paged), POST (upsert by code) and DELETE <c>/{code}</c>. <c>axisId</c> is <c>projects</c> or an axis uuid of
/// that very company.
/// </summary>
internal sealed class AxisEndpoints(EmulatorState state, EmulatorOptions options)
{
    public Task ListAxesAsync(HttpContext ctx)
    {
        var company = Route(ctx, "companyUuid");
        var axes = state.AxesOf(company);
        return axes is null
            ? NotFound(ctx, AxisResolution.UnknownCompany, company, "")
            : ApiResponses.Data(ctx, axes.Select(a => ReferenceJson.Named(a.Uuid, a.Names)));
    }

    public Task ListValuesAsync(HttpContext ctx)
    {
        if (!PageRequest.TryRead(ctx.Request, options.MaxPageSize, out var page, out var error))
        {
            return ApiResponses.Error(ctx, StatusCodes.Status400BadRequest, error);
        }

        var (company, axis) = (Route(ctx, "companyUuid"), Route(ctx, "axisId"));
        var resolution = state.AxisValuePage(company, axis, page.Start, page.Limit, out var values);
        var style = options.DateStyle;
        return resolution == AxisResolution.Found
            ? ApiResponses.Data(ctx, values.Select(v => ReferenceJson.AxisValue(v, style)))
            : NotFound(ctx, resolution, company, axis);
    }

    public async Task UpsertValueAsync(HttpContext ctx)
    {
        var (body, error) = await RequestBodies.ReadObjectAsync(ctx);
        var (company, axis) = (Route(ctx, "companyUuid"), Route(ctx, "axisId"));
        if (body is null)
        {
            await ApiResponses.Error(ctx, StatusCodes.Status400BadRequest, error);
            return;
        }

        var result = state.UpsertAxisValueFromApi(company, axis, body);
        if (result.Resolution != AxisResolution.Found)
        {
            await NotFound(ctx, result.Resolution, company, axis);
        }
        else if (result.Value is null)
        {
            await ApiResponses.Invalid(ctx, result.Errors);
        }
        else
        {
            var json = ReferenceJson.AxisValue(result.Value, options.DateStyle);
            await ApiResponses.Done(ctx, result.Created ? "Axis value created." : "Axis value updated.", json);
        }
    }

    public Task DeleteValueAsync(HttpContext ctx)
    {
        var (company, axis, code) = (Route(ctx, "companyUuid"), Route(ctx, "axisId"), RawPath.LastSegment(ctx).Trim());
        var resolution = state.RemoveAxisValueFromApi(company, axis, code, out var removed);
        if (resolution != AxisResolution.Found)
        {
            return NotFound(ctx, resolution, company, axis);
        }

        return removed
            ? ApiResponses.Done(ctx, "Axis value deleted.")
            : ApiResponses.Error(ctx, StatusCodes.Status404NotFound, $"No value with code '{code}' in axis '{axis}' of company '{company}'.");
    }

    private static string Route(HttpContext ctx, string name) => ctx.Request.RouteValues[name]?.ToString() ?? "";

    private static Task NotFound(HttpContext ctx, AxisResolution resolution, string company, string axis) =>
        ApiResponses.Error(
            ctx,
            StatusCodes.Status404NotFound,
            resolution == AxisResolution.UnknownCompany
                ? $"No company with uuid '{company}'."
                : $"Company '{company}' has no axis '{axis}' (use 'projects' or the uuid of one of its axes).");
}
