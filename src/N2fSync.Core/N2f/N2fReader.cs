using System.Text.Json;
using N2fSync.Agresso;
using N2fSync.Agresso.Normalization;
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

    private static readonly int CompanyAt = UserField.IndexOf("company");

    // Fields whose values repeat from user to user: one string instance per distinct value (see StringPool).
    private static readonly bool[] Repeating = UserField.All.Select(f => f.Kind is UserFieldKind.Company or UserFieldKind.Role
        or UserFieldKind.Profile or UserFieldKind.Structure or UserFieldKind.AuthMode
        || f.N2fName is "culture" or "currencyIsoCode" or "jobTitle" or "defaultCostCenter").ToArray();

    private static readonly object True = true, False = false;

    /// <summary>
    /// Streams every user of the account (all companies) to <paramref name="onUser"/>. Only the fields the sync can
    /// compare are read out of each answer, straight into the user's compact field array.
    /// </summary>
    public Task ReadUsersAsync(N2fDirectory directory, Action<N2fUser> onUser, CancellationToken cancellationToken)
    {
        var pool = new StringPool();
        return lists.ReadAsync(N2fList.Users, item =>
        {
            var fields = new N2fUserFields();
            foreach (var property in item.EnumerateObject())
                if (UserField.TryIndexOf(property.Name, out var index))
                    fields.Set(index, UserValue(property.Value, Repeating[index] ? pool : null));
            var companyId = fields[CompanyAt] as string;
            var code = companyId is not null && directory.TryGetCompanyByUuid(companyId, out var company) ? company.Code : null;
            onUser(new N2fUser(fields, code));
        }, cancellationToken);
    }

    private static object? UserValue(JsonElement value, StringPool? pool) => value.ValueKind switch
    {
        JsonValueKind.String when pool is not null => pool.Intern(value.GetString()!),
        JsonValueKind.True => True,
        JsonValueKind.False => False,
        _ => N2fJson.ToValue(value),
    };

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

    /// <summary>Reads every page of <paramref name="path"/> (domain 2.3).</summary>
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
