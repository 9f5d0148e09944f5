using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.Scopes;

namespace N2fSync.Sync.Axes;

/// <summary>What one axis-scope plan works on: the source, the managed companies as N2F holds them, and what it found so far.</summary>
internal sealed class AxisPlanContext
{
    private readonly List<DataIssue> _issues = [];
    private readonly List<string> _warnings = [];

    public AxisPlanContext(ScopeDefinition scope, IReadOnlyList<AgressoAxisValue> source, IReadOnlyList<CompanyAxis> companies,
        N2fSyncConfig config)
    {
        Scope = scope;
        Source = source;
        Companies = companies;
        foreach (var company in companies) ByCompanyCode[company.Company.Code.Trim()] = company;
        foreach (var key in config.Safety.ProtectedKeys) ConfigProtected.Add(key.Trim());
    }

    public ScopeDefinition Scope { get; }
    public IReadOnlyList<AgressoAxisValue> Source { get; }
    public IReadOnlyList<CompanyAxis> Companies { get; }

    /// <summary>Managed companies by code (Agresso's client compares case-insensitively, as the directory does).</summary>
    public Dictionary<string, CompanyAxis> ByCompanyCode { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Codes N2F must keep, per company uuid: every readable source code, valid or not (decisions.md §10). Exact, as
    /// N2F keys values: a prj-1 in N2F is another value than the source's PRJ-1.
    /// </summary>
    public Dictionary<string, HashSet<string>> SourceCodes { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>safety.protectedKeys: codes never created, updated nor deleted, in any company (case-insensitive, to err on the safe side).</summary>
    public HashSet<string> ConfigProtected { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<DataIssue> Issues => _issues;
    public IReadOnlyList<string> Warnings => _warnings;

    public void KeepSourceCode(string companyUuid, string code)
    {
        if (!SourceCodes.TryGetValue(companyUuid, out var codes))
            SourceCodes[companyUuid] = codes = new HashSet<string>(StringComparer.Ordinal);
        codes.Add(code);
    }

    public bool IsSourceCode(string companyUuid, string code) =>
        SourceCodes.TryGetValue(companyUuid, out var codes) && codes.Contains(code);

    public void Reject(AgressoAxisValue value, string field, DataIssueKind kind, string message, string? raw)
    {
        var issue = new DataIssue(Scope.Name, value.RowNumber, value.Key.Length == 0 ? null : value.Key, field, kind, message, raw);
        value.AddIssue(issue);
        _issues.Add(issue);
    }

    public void Warn(string message) => _warnings.Add(message);
}
