namespace N2fSync.Health.Checks;

/// <summary>
/// N2F's companies, roles and profiles can be read (every run reads them first), and every company of the source is
/// one of N2F's: rows of another company are rejected at each run.
/// </summary>
internal sealed class N2fReferenceListsCheck : IConnectionCheck
{
    public string Name => "N2fReferenceLists";

    public async Task<CheckVerdict> RunAsync(ConnectionTestContext context, CancellationToken cancellationToken)
    {
        if (context.StoreProblem is not null) return CheckVerdict.NotChecked("the store cannot be opened.");
        var probe = await context.N2fAsync(cancellationToken).ConfigureAwait(false);
        if (!probe.Authenticated) return CheckVerdict.NotChecked("no token (see N2fAuthentication).");
        var time = probe.TimeOf(c => c.Path != "auth");
        if (probe.Directory is not { } directory) return CheckVerdict.Fail(probe.Error?.Message ?? "the lists could not be read.", time);

        var codes = directory.Companies.Select(c => c.Code).OrderBy(c => c, StringComparer.OrdinalIgnoreCase).ToList();
        var detail = $"{codes.Count} compan{(codes.Count == 1 ? "y" : "ies")} ({string.Join(", ", codes)}), "
                     + $"{directory.Roles.FrenchNames.Count()} role(s), {directory.Profiles.FrenchNames.Count()} profile(s)";
        var unknown = context.SourceCompanies
            .SelectMany(scope => scope.Value.Where(c => c.Key.Length > 0 && !directory.TryGetCompanyByCode(c.Key, out _))
                .Select(c => (Company: c.Key, Scope: scope.Key, Rows: c.Value)))
            .GroupBy(u => u.Company, StringComparer.OrdinalIgnoreCase)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(u => $"{u.Scope} {u.Rows}"))})")
            .ToList();
        var unknownListed = context.Config.Companies.Where(c => !directory.TryGetCompanyByCode(c, out _)).ToList();
        if (unknown.Count == 0 && unknownListed.Count == 0) return CheckVerdict.Pass(detail, time);
        var problems = new List<string>();
        if (unknown.Count > 0) problems.Add($"companies of the source that N2F does not have, whose rows are rejected at each run: {string.Join(", ", unknown)}");
        if (unknownListed.Count > 0) problems.Add($"companies: lists {string.Join(", ", unknownListed)}, which N2F does not have");
        return CheckVerdict.Warn($"{detail}; {string.Join("; ", problems)}.", time);
    }
}
