using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text;
using N2fSync.Emulator;

namespace N2fSync.Tests.Emulator;

/// <summary>A started emulator (reference data seeded) plus a plain HttpClient on its API base.</summary>
internal sealed class EmulatorSession : IAsyncDisposable
{
    private EmulatorSession(N2fEmulator emulator)
    {
        Emulator = emulator;
        Http = new HttpClient { BaseAddress = emulator.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
    }

    public N2fEmulator Emulator { get; }

    public HttpClient Http { get; }

    public EmulatorState State => Emulator.State;

    public EmulatorOptions Options => Emulator.Options;

    public RequestLog Requests => Emulator.Requests;

    public static async Task<EmulatorSession> StartAsync(EmulatorOptions? options = null, bool seedReference = true)
    {
        var emulator = await N2fEmulator.StartAsync(options);
        if (seedReference)
        {
            emulator.State.SeedReference();
        }

        return new EmulatorSession(emulator);
    }

    /// <summary>Authenticates as the default client and sends the token on every later call.</summary>
    public async Task<string> AuthenticateAsync()
    {
        using var response = await PostJsonAsync("auth", new JsonObject
        {
            ["client_id"] = EmulatorState.DefaultClientId,
            ["client_secret"] = EmulatorState.DefaultClientSecret,
        });
        var token = (await ReadJsonAsync(response))["response"]!["token"]!.GetValue<string>();
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return token;
    }

    public Task<HttpResponseMessage> GetAsync(string relative) => Http.GetAsync(relative);

    public Task<HttpResponseMessage> PostJsonAsync(string relative, JsonNode body) =>
        Http.PostAsync(relative, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

    public Task<HttpResponseMessage> DeleteAsync(string relative) => Http.DeleteAsync(relative);

    /// <summary>GET, expecting 200, and the parsed body.</summary>
    public async Task<JsonNode> GetJsonAsync(string relative)
    {
        using var response = await GetAsync(relative);
        Assert.Equal(200, (int)response.StatusCode);
        return await ReadJsonAsync(response);
    }

    /// <summary>The <c>response.data</c> array of a paged read.</summary>
    public async Task<JsonArray> GetDataAsync(string relative) => (await GetJsonAsync(relative))["response"]!["data"]!.AsArray();

    public static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    /// <summary>The human <c>response.message</c> of an error answer.</summary>
    public static async Task<string> ReadMessageAsync(HttpResponseMessage response) =>
        (await ReadJsonAsync(response))["response"]!["message"]!.GetValue<string>();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
