using System.Text.Json.Nodes;
using N2fSync.Emulator;

namespace N2fSync.Tests.Emulator;

/// <summary>One fresh emulator per test (xUnit creates a class instance per test), authenticated and seeded.</summary>
public abstract class EmulatorTestBase : IAsyncLifetime
{
    private EmulatorSession? _session;

    internal EmulatorSession Session => _session ?? throw new InvalidOperationException("Not started.");

    /// <summary>Options for the emulator of each test; override to start it with a fake clock or quotas.</summary>
    protected virtual EmulatorOptions CreateOptions() => new();

    public async Task InitializeAsync()
    {
        _session = await EmulatorSession.StartAsync(CreateOptions());
        await _session.AuthenticateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }
    }

    /// <summary>A user payload as the sync sends it, for company c-1 unless told otherwise.</summary>
    protected static JsonObject UserPayload(string mail, string firstname, string lastname, string company = ReferenceData.Company1Uuid) => new()
    {
        ["mail"] = mail,
        ["firstname"] = firstname,
        ["lastname"] = lastname,
        ["company"] = company,
        ["role"] = "Utilisateur",
        ["profile"] = "Standard",
        ["culture"] = "fr",
        ["currencyIsoCode"] = "EUR",
    };

    protected static JsonObject AxisValuePayload(string code, string label, string? from = "2026-01-01T00:00:00Z", string? to = null) => new()
    {
        ["code"] = code,
        ["names"] = new JsonArray(
            new JsonObject { ["culture"] = "fr", ["value"] = label },
            new JsonObject { ["culture"] = "nl", ["value"] = label }),
        ["validityDateFrom"] = from,
        ["validityDateTo"] = to,
    };
}
