using N2fSync.Benchmarks.Data;

namespace N2fSync.Benchmarks.EndToEnd;

/// <summary>
/// The fewest reads a run can make (domain.md §2.3): every page of each list, a last short page included (a full last
/// page costs one more, empty), plus the lookups: companies, roles and profiles once, each company's axes once.
/// </summary>
internal static class ReadMinimum
{
    public const int PageSize = 200;

    public static int Pages(int items) => items / PageSize + 1;

    public static int Users(DataSet set) => 3 + Pages(set.N2fUsers.Count);

    /// <summary>Values pages per company of the scope, and one axes lookup per company for the first looked-up axis.</summary>
    public static int Axis(DataSet set, string scope, bool firstLookedUpScope) =>
        BenchCompany.All.Sum(company =>
            Pages(set.N2fAxisValues.Count(v => v.CompanyUuid == company.Uuid && v.AxisId == AxisDrift.AxisIdOf(scope, company)))
            + (firstLookedUpScope ? 1 : 0));
}
