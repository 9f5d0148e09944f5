using System.Text.Json;
using N2fSync.N2f.Http;

namespace N2fSync.N2f;

/// <summary>
/// Reads lists from N2F: every page of paged lists until a short one, the envelope of unpaged ones. Each page is
/// parsed from the UTF-8 bytes of the answer, in a pooled buffer: no page becomes a string.
/// </summary>
public sealed class N2fApiListSource(N2fClient client, int pageSize) : IN2fListSource
{
    public Task ReadAsync(N2fList list, Action<JsonElement> onItem, CancellationToken cancellationToken) =>
        list.Paged ? ReadPagesAsync(list.Path, onItem, cancellationToken) : ReadUnpagedAsync(list.Path, onItem, cancellationToken);

    private async Task ReadPagesAsync(string path, Action<JsonElement> onItem, CancellationToken cancellationToken)
    {
        var separator = path.Contains('?') ? '&' : '?';
        for (var start = 0; ; start += pageSize)
        {
            using var body = await client.GetUtf8Async($"{path}{separator}start={start}&limit={pageSize}", cancellationToken)
                .ConfigureAwait(false);
            using var doc = JsonDocument.Parse(body.Utf8);
            var list = N2fJson.ListOf(doc.RootElement);
            var count = N2fJson.Count(list);
            if (count > 0)
                foreach (var item in list.EnumerateArray())
                    onItem(item);
            if (count < pageSize) return;
        }
    }

    private async Task ReadUnpagedAsync(string path, Action<JsonElement> onItem, CancellationToken cancellationToken)
    {
        using var body = await client.GetUtf8Async(path, cancellationToken).ConfigureAwait(false);
        using var doc = JsonDocument.Parse(body.Utf8);
        var list = N2fJson.ListOf(doc.RootElement);
        if (N2fJson.Count(list) == 0) return;
        foreach (var item in list.EnumerateArray())
            onItem(item);
    }
}
