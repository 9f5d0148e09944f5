

namespace N2fSync.Emulator;

/// <summary>
/// A copy of the whole state, and the shape of its JSON (<see cref="EmulatorState.ToJson"/>, <c>GET /_emulator/state</c>).
/// Users carry role and profile as uuids (<c>roleUuid</c>, <c>profileUuid</c>); tokens are not part of it.
/// </summary>
public sealed class EmulatorStateSnapshot
{
    /// <summary>API clients; when a loaded snapshot has none, the current clients are kept so auth still works.</summary>
    public List<EmulatedClient> Clients { get; init; } = [];

    public List<EmulatedCompany> Companies { get; init; } = [];

    public List<NamedItem> Roles { get; init; } = [];

    public List<NamedItem> Profiles { get; init; } = [];

    public List<EmulatedUser> Users { get; init; } = [];

    public List<EmulatedAxis> Axes { get; init; } = [];

    public List<EmulatedAxisValue> AxisValues { get; init; } = [];
}
