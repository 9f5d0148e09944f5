using System.Text.Json;
using N2fSync.N2f.Http;

namespace N2fSync.N2f;

/// <summary>
/// Reads N2F collections as typed objects from a list source: N2F itself, or the cache in front of it (the reader
/// does not know which).
/// </summary>
public sealed class N2fReader(IN2fListSource lists)
{
    public N2fReader(N2fClient client, int pageSize) : this(new N2fApiListSource(client, pageSize)) { }

    public async Task<N2fDirectory> ReadDirectoryAsync(CancellationToken cancellationToken)
    {
        var companies = new List<N2fCompany>();
        await lists.ReadAsync(N2fList.Companies, item => companies.Add(new N2fCompany(
            Str(item, "uuid"), Str(item, "code"), Str(item, "name"))), cancellationToken).ConfigureAwait(false);
        var roles = await ReadNamesAsync(N2fList.Roles, cancellationToken).ConfigureAwait(false);
        var profiles = await ReadNamesAsync(N2fList.Profiles, cancellationToken).ConfigureAwait(false);
        return new N2fDirectory(companies, new CultureNameMap("role", roles), new CultureNameMap("profile", profiles));
    }

    /// <summary>
    /// Streams every user of the account (all companies) to <paramref name="onUser"/>, each read straight into its
    /// compact fields (<see cref="N2fUserJson"/>).
    /// </summary>
    public Task ReadUsersAsync(N2fDirectory directory, Action<N2fUser> onUser, CancellationToken cancellationToken)
    {
        var users = new N2fUserJson(directory);
        return lists.ReadAsync(N2fList.Users, item => onUser(users.Read(item)), cancellationToken);
    }

    /// <summary>The custom axes of one company (unpaged); the project axis is implicit and not listed.</summary>
    internal async Task<IReadOnlyList<N2fAxis>> ReadAxesAsync(N2fCompany company, CancellationToken cancellationToken)
    {
        var axes = new List<N2fAxis>();
        await lists.ReadAsync(N2fList.AxesOf(company), item => axes.Add(new N2fAxis(Str(item, "uuid"), NamesOf(item))),
            cancellationToken).ConfigureAwait(false);
        return axes;
    }

    /// <summary>Streams every value of one axis of one company (paged) to <paramref name="onValue"/>.</summary>
    public Task ReadAxisValuesAsync(string scope, N2fCompany company, string axisId, Action<N2fAxisValue> onValue,
        CancellationToken cancellationToken) =>
        lists.ReadAsync(N2fList.AxisValues(scope, company, axisId),
            item => onValue(new N2fAxisValue(scope, company, axisId, N2fJson.ToFields(item))), cancellationToken);

    /// <summary>Reads every page of <paramref name="path"/> (domain.md §2.3).</summary>
    public Task ReadPagesAsync(string path, Action<JsonElement> onItem, CancellationToken cancellationToken) =>
        lists.ReadAsync(new N2fList(path, true, N2fList.ReferenceScope, null), onItem, cancellationToken);

    /// <summary>Reads an unpaged list whose items carry names per culture (roles, profiles, axes).</summary>
    public Task<List<IReadOnlyList<(string Culture, string Value)>>> ReadNamesAsync(string path,
        CancellationToken cancellationToken) => ReadNamesAsync(new N2fList(path, false, N2fList.ReferenceScope, null), cancellationToken);

    private async Task<List<IReadOnlyList<(string Culture, string Value)>>> ReadNamesAsync(N2fList list,
        CancellationToken cancellationToken)
    {
        var result = new List<IReadOnlyList<(string, string)>>();
        await lists.ReadAsync(list, item => result.Add(NamesOf(item)), cancellationToken).ConfigureAwait(false);
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
