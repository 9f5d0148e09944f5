using System.Text.Json;

namespace N2fSync.N2f;

/// <summary>
/// Where the reader gets whole lists from: N2F itself (<see cref="N2fApiListSource"/>) or the cache in front of it.
/// Items are streamed; an item is valid only during its callback.
/// </summary>
public interface IN2fListSource
{
    Task ReadAsync(N2fList list, Action<JsonElement> onItem, CancellationToken cancellationToken);
}
