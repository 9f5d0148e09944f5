using System.Text.Json;
using N2fSync.N2f.Http;

namespace N2fSync.N2f;

/// <summary>Reads N2F collections through the client: every page of paged lists, the envelope of unpaged ones.</summary>
public sealed class N2fReader(N2fClient client, int pageSize)
{
    public async Task<N2fDirectory> ReadDirectoryAsync(CancellationToken cancellationToken)
    {
        var companies = new List<N2fCompany>();
        await ReadPagesAsync("companies", item => companies.Add(new N2fCompany(
            Str(item, "uuid"), Str(item, "code"), Str(item, "name"))), cancellationToken).ConfigureAwait(false);
        var roles = await ReadNamesAsync("roles", cancellationToken).ConfigureAwait(false);
        var profiles = await ReadNamesAsync("userprofiles", cancellationToken).ConfigureAwait(false);
        return new N2fDirectory(companies, new CultureNameMap("role", roles), new CultureNameMap("profile", profiles));
    }

    /// <summary>
    /// Streams every user of the account (all companies) to <paramref name="onUser"/>, each read straight into its
    /// compact fields (<see cref="N2fUserJson"/>).
    /// </summary>
    public Task ReadUsersAsync(N2fDirectory directory, Action<N2fUser> onUser, CancellationToken cancellationToken)
    {
        var users = new N2fUserJson(directory);
        return ReadPagesAsync("users", item => onUser(users.Read(item)), cancellationToken);
    }

    /// <summary>The custom axes of one company (unpaged); the project axis is implicit and not listed.</summary>
    internal async Task<IReadOnlyList<N2fAxis>> ReadAxesAsync(N2fCompany company, CancellationToken cancellationToken)
    {
        var body = await client.GetAsync($"companies/{Uri.EscapeDataString(company.Uuid)}/axes", cancellationToken)
            .ConfigureAwait(false);
        using var doc = JsonDocument.Parse(body);
        var list = N2fJson.ListOf(doc.RootElement);
        if (N2fJson.Count(list) == 0) return [];
        return list.EnumerateArray().Select(item => new N2fAxis(Str(item, "uuid"), NamesOf(item))).ToArray();
    }

    /// <summary>Streams every value of one axis of one company (paged) to <paramref name="onValue"/>.</summary>
    public Task ReadAxisValuesAsync(string scope, N2fCompany company, string axisId, Action<N2fAxisValue> onValue,
        CancellationToken cancellationToken) =>
        ReadPagesAsync($"companies/{Uri.EscapeDataString(company.Uuid)}/axes/{Uri.EscapeDataString(axisId)}",
            item => onValue(new N2fAxisValue(scope, company, axisId, N2fJson.ToFields(item))), cancellationToken);

    /// <summary>Reads pages of <paramref name="path"/> until one comes back short (domain 2.3).</summary>
    public async Task ReadPagesAsync(string path, Action<JsonElement> onItem, CancellationToken cancellationToken)
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

    /// <summary>Reads an unpaged list whose items carry names per culture (roles, profiles, axes).</summary>
    public async Task<List<IReadOnlyList<(string Culture, string Value)>>> ReadNamesAsync(string path,
        CancellationToken cancellationToken)
    {
        var body = await client.GetAsync(path, cancellationToken).ConfigureAwait(false);
        using var doc = JsonDocument.Parse(body);
        var list = N2fJson.ListOf(doc.RootElement);
        var result = new List<IReadOnlyList<(string, string)>>();
        if (N2fJson.Count(list) == 0) return result;
        foreach (var item in list.EnumerateArray())
            result.Add(NamesOf(item));
        return result;
    }

    internal static IReadOnlyList<(string Culture, string Value)> NamesOf(JsonElement item)
    {
        if (!item.TryGetProperty("names", out var names) || names.ValueKind != JsonValueKind.Array)
            return [];
        return names.EnumerateArray().Select(n => (Str(n, "culture"), Str(n, "value"))).ToArray();
    }

    internal static string Str(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null
            ? (v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : v.GetRawText())
            : "";
}
