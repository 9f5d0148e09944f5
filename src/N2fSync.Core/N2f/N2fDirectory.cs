

namespace N2fSync.N2f;

/// <summary>
/// The reference data of an N2F account, read once per run: companies (code → uuid) and the culture maps of roles
/// and profiles.
/// </summary>
public sealed class N2fDirectory
{
    private readonly Dictionary<string, N2fCompany> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, N2fCompany> _byUuid = new(StringComparer.OrdinalIgnoreCase);

    public N2fDirectory(IEnumerable<N2fCompany> companies, CultureNameMap roles, CultureNameMap profiles)
    {
        foreach (var company in companies)
        {
            _byCode[company.Code.Trim()] = company;
            _byUuid[company.Uuid] = company;
        }
        Roles = roles;
        Profiles = profiles;
    }

    public IReadOnlyCollection<N2fCompany> Companies => _byUuid.Values;
    public CultureNameMap Roles { get; }
    public CultureNameMap Profiles { get; }

    public bool TryGetCompanyByCode(string code, out N2fCompany company) => _byCode.TryGetValue(code.Trim(), out company!);
    public bool TryGetCompanyByUuid(string uuid, out N2fCompany company) => _byUuid.TryGetValue(uuid.Trim(), out company!);
}
