using N2fSync.Scopes;

namespace N2fSync.N2f;

/// <summary>
/// Finds the N2F id of a scope's axis in one company: the fixed id <c>projects</c>, or the uuid of the company's axis
/// whose French name is the scope's <c>axis</c> (case-insensitive). Looked up per company, since each company has its
/// own uuids; each company's axes are read once per session, whatever the number of scopes. An axis id taken from
/// a cached list that N2F no longer knows (404) drops that list and looks the axis up again, once.
/// </summary>
internal sealed class AxisLocator(Func<N2fCompany, CancellationToken, Task<IReadOnlyList<N2fAxis>>> readAxes,
    Action<N2fCompany>? invalidate = null)
{
    private readonly Dictionary<string, IReadOnlyList<N2fAxis>> _axesByCompany = new(StringComparer.OrdinalIgnoreCase);

    public async Task<AxisLookup> FindAsync(ScopeDefinition scope, N2fCompany company, CancellationToken cancellationToken)
    {
        if (scope.HasFixedAxisId) return AxisLookup.Found(ScopeNames.ProjectsAxisId);
        if (!_axesByCompany.TryGetValue(company.Uuid, out var axes))
            _axesByCompany[company.Uuid] = axes = await readAxes(company, cancellationToken).ConfigureAwait(false);

        var name = scope.Axis ?? "";
        var matches = axes.Where(a => string.Equals(a.FrenchName, name, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count switch
        {
            1 => AxisLookup.Found(matches[0].Uuid),
            0 => AxisLookup.Missing($"company {company.Code} has no N2F axis named '{name}' (in French); "
                                    + $"its axes: {Describe(axes)}."),
            // Two axes with one name: guessing would write into (or delete from) the wrong one.
            _ => AxisLookup.Missing($"company {company.Code} has {matches.Count} N2F axes named '{name}'; "
                                    + "rename one in N2F so the sync knows which to use."),
        };
    }

    /// <summary>
    /// Runs <paramref name="read"/> with the axis id; when N2F answers that the axis does not exist, the company's axes
    /// are read again from N2F (the cached list was stale) and the read is repeated once with the id found then.
    /// Returns the id that worked, or the lookup's problem when the axis is gone.
    /// </summary>
    public async Task<AxisLookup> ReadValuesAsync(ScopeDefinition scope, N2fCompany company, string axisId,
        Func<string, CancellationToken, Task> read, CancellationToken cancellationToken)
    {
        try
        {
            await read(axisId, cancellationToken).ConfigureAwait(false);
            return AxisLookup.Found(axisId);
        }
        catch (N2fApiException e) when (e.StatusCode == 404 && !scope.HasFixedAxisId)
        {
            invalidate?.Invoke(company);
            _axesByCompany.Remove(company.Uuid);
            var again = await FindAsync(scope, company, cancellationToken).ConfigureAwait(false);
            if (again.AxisId is null)
                return AxisLookup.Missing($"{again.Problem} (N2F answered 404 for the axis id {axisId} the cached list gave; the list was read again)");
            await read(again.AxisId, cancellationToken).ConfigureAwait(false);
            return again;
        }
    }

    private static string Describe(IReadOnlyList<N2fAxis> axes) =>
        axes.Count == 0 ? "none" : string.Join(", ", axes.Select(a => a.FrenchName.Length > 0 ? $"'{a.FrenchName}'" : a.Uuid));
}

/// <summary>The axis id of a scope in one company, or why there is none.</summary>
internal sealed record AxisLookup(string? AxisId, string? Problem)
{
    public static AxisLookup Found(string axisId) => new(axisId, null);
    public static AxisLookup Missing(string problem) => new(null, problem);
}
