using System.Text.Json;
using N2fSync.N2f.Http;

namespace N2fSync.N2f;

/// <summary>Reads lists from N2F: every page of paged lists until a short one (domain 2.3), the envelope of unpaged ones.</summary>
public sealed class N2fApiListSource(N2fClient client, int pageSize) : IN2fListSource
{
    public Task ReadAsync(N2fList list, Action<JsonElement> onItem, CancellationToken cancellationToken) =>
        list.Paged ? ReadPagesAsync(list.Path, onItem, cancellationToken) : ReadUnpagedAsync(list.Path, onItem, cancellationToken);

    private async Task ReadPagesAsync(string path, Action<JsonElement> onItem, CancellationToken cancellationToken)
    {
        var separator = path.Contains('?') ? '&' : '?';
        for (var start = 0; ; start += pageSize)
        {
            var body = await client.GetAsync($"{path}{separator}start={start}&limit={pageSize}", cancellationToken)
                .ConfigureAwait(false);
            using var doc = JsonDocument.Parse(body);
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
        var body = await client.GetAsync(path, cancellationToken).ConfigureAwait(false);
        using var doc = JsonDocument.Parse(body);
        var list = N2fJson.ListOf(doc.RootElement);
        if (N2fJson.Count(list) == 0) return;
        foreach (var item in list.EnumerateArray())
            onItem(item);
    }
}
