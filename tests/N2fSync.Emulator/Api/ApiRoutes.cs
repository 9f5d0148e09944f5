using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace N2fSync.Emulator;

/// <summary>The N2F API v2 routes, under <see cref="ApiPipeline.BasePath"/>.</summary>
internal static class ApiRoutes
{
    public static void Map(IEndpointRouteBuilder app, EmulatorState state, EmulatorOptions options)
    {
        var auth = new AuthEndpoint(state, options);
        var users = new UserEndpoints(state, options);
        var reference = new ReferenceEndpoints(state, options);
        var axes = new AxisEndpoints(state, options);
        const string Base = ApiPipeline.BasePath;
        const string Values = Base + "/companies/{companyUuid}/axes/{axisId}";

        Map(app, HttpMethods.Post, Base + "/auth", auth.PostAsync);
        Map(app, HttpMethods.Get, Base + "/users", users.ListAsync);
        Map(app, HttpMethods.Post, Base + "/users", users.UpsertAsync);
        Map(app, HttpMethods.Delete, Base + "/users/{mail}", users.DeleteAsync);
        Map(app, HttpMethods.Get, Base + "/companies", reference.CompaniesAsync);
        Map(app, HttpMethods.Get, Base + "/roles", reference.RolesAsync);
        Map(app, HttpMethods.Get, Base + "/userprofiles", reference.ProfilesAsync);
        Map(app, HttpMethods.Get, Base + "/companies/{companyUuid}/axes", axes.ListAxesAsync);
        Map(app, HttpMethods.Get, Values, axes.ListValuesAsync);
        Map(app, HttpMethods.Post, Values, axes.UpsertValueAsync);
        Map(app, HttpMethods.Delete, Values + "/{code}", axes.DeleteValueAsync);
    }

    // RequestDelegate handlers keep minimal APIs from reflecting over parameters: the handlers read HttpContext.
    private static void Map(IEndpointRouteBuilder app, string method, string pattern, RequestDelegate handler) =>
        app.MapMethods(pattern, [method], handler);
}
