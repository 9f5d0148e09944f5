using N2fSync.Agresso;

namespace N2fSync.Sync;

/// <summary>
/// One difference between Agresso and N2F, and the write that would remove it. The plan is a sequence of these:
/// it can be filtered, saved, reviewed and applied later.
/// </summary>
public sealed class N2fChange
{
    public string Scope { get; init; } = "";
    public ChangeAction Action { get; init; }

    /// <summary>Lower-cased e-mail for users; the code for axis values.</summary>
    public string Key { get; init; } = "";

    /// <summary>Agresso/N2F company code.</summary>
    public string Company { get; init; } = "";

    /// <summary>N2F company uuid.</summary>
    public string CompanyId { get; init; } = "";

    /// <summary>Axis scopes: the N2F axis id ("projects" or the axis uuid in this company).</summary>
    public string? AxisId { get; init; }

    /// <summary>What would be sent (Create, Update); null for Delete and Skip.</summary>
    public N2fPayload? Payload { get; init; }

    public IReadOnlyList<FieldDifference> Differences { get; init; } = [];

    /// <summary>Why a change looks the way it does (a manager created later, a rejected row, a pending rename).</summary>
    public string? Reason { get; init; }

    /// <summary>Source row, when the change comes from one.</summary>
    public int? RowNumber { get; init; }

    /// <summary>Key of another change in the same plan that must succeed first (a manager being created).</summary>
    public string? DependsOn { get; init; }

    public IReadOnlyList<DataIssue> Issues { get; init; } = [];

    /// <summary>A delete held by the delete guard (decisions 12): Sync-N2fScope sends it only with -AllowMassDelete.</summary>
    public bool Held { get; init; }

    /// <summary>Names of the fields that differ, for tables.</summary>
    public string ChangedFields => string.Join(", ", Differences.Select(d => d.Field));

    /// <summary>A readable target for -WhatIf and -Confirm, e.g. "user ann.peeters@example.be (BE01)", "plates value 1-ABC-123 (BE02)".</summary>
    public string Target => Scope == Scopes.ScopeNames.Users
        ? $"user {Key}{(Company.Length > 0 ? $" ({Company})" : "")}"
        : $"{Scope} value {Key}{(Company.Length > 0 ? $" ({Company})" : "")}";

    public override string ToString() => $"{Action} {Target}";
}
