using N2fSync.N2f;

namespace N2fSync.Sync.Axes;

/// <summary>
/// One managed company of an axis scope as N2F holds it: the scope's axis id there and its values, or why the axis
/// could not be found (then its values were not read, and none of them may be deleted).
/// </summary>
internal sealed record CompanyAxis(N2fCompany Company, string? AxisId, string? Problem, IReadOnlyList<N2fAxisValue> Values)
{
    public bool HasAxis => AxisId is not null;
}
