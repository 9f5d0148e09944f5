using System.Text.Json;
using N2fSync.N2f.Http;


namespace N2fSync.N2f.Cache;

/// <summary>
/// Keeps cached lists true to the writes this client sends. Before a write, the list it changes is marked so it
/// answers no read; once N2F acknowledges, the object N2F answered replaces the item (a delete removes it, also on
/// 404) and the mark goes. A failed write, one with no known outcome, or an answer without the object drops the list.
/// </summary>
public sealed class N2fCacheWriteTracker(IListCache store, string origin) : IN2fWriteObserver
{
    public void Sending(string method, string path)
    {
        if (N2fWritePath.Parse(method, path) is { } write) store.MarkDirty(origin, write.ListPath);
    }

    public void Completed(string method, string path, string? requestBody, N2fResponse? response)
    {
        if (N2fWritePath.Parse(method, path) is not { } write) return;
        if (response is null)
        {
            store.InvalidateList(origin, write.ListPath);
            return;
        }
        if (write.IsDelete && (response.IsSuccess || response.StatusCode == 404) && write.Key is { } deleted)
        {
            store.RemoveItem(origin, write.ListPath, deleted);
            return;
        }
        if (!write.IsDelete && response.IsSuccess && AnsweredItem(write, requestBody, response.Body) is { } item)
        {
            store.UpsertItem(origin, write.ListPath, item.Key, item.Json);
            return;
        }
        store.InvalidateList(origin, write.ListPath);
    }

    /// <summary>The object N2F answered (response.data), when it is the one that was sent (same key).</summary>
    private static (string Key, string Json)? AnsweredItem(N2fWritePath write, string? requestBody, string responseBody)
    {
        try
        {
            using var answer = JsonDocument.Parse(responseBody);
            if (!answer.RootElement.TryGetProperty("response", out var envelope) || envelope.ValueKind != JsonValueKind.Object
                || !envelope.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
                return null;
            var answeredKey = write.List.KeyOf(data);
            if (answeredKey is null || requestBody is null) return null;
            using var sent = JsonDocument.Parse(requestBody);
            return answeredKey == write.List.KeyOf(sent.RootElement) ? (answeredKey, data.GetRawText()) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
