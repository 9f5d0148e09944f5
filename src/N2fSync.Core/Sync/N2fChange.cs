using N2fSync.Agresso;
using N2fSync.Output;

namespace N2fSync.Sync;

/// <summary>
/// One difference between Agresso and N2F, and the write that would remove it. The plan is a sequence of these:
/// it can be filtered, saved, reviewed and applied later.
/// </summary>
public sealed record N2fChange
{
    private readonly IReadOnlyList<FieldDifference> _differences = ReadableList<FieldDifference>.Empty;
    private readonly IReadOnlyList<DataIssue> _issues = ReadableList<DataIssue>.Empty;
    private readonly IReadOnlyList<string> _stillManages = ReadableList<string>.Empty;
    private readonly IReadOnlyList<string> _waitsFor = ReadableList<string>.Empty;

    public string Scope { get; init; } = "";

    /// <summary>
    /// Internal so serializers that read .NET properties (ConvertTo-Json, in PowerShell 7 and 5.1) do not write it as a
    /// number: PowerShell sees Action as its name through module/N2fSync.Members.ps1xml, in tables, CSV, JSON and XML alike.
    /// </summary>
    internal ChangeAction Action { get; init; }

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

    /// <summary>The fields that differ; as text (Export-Csv), "firstname: 'Anne' → 'Ann'; structure: 'L1' → 'L2'".</summary>
    public IReadOnlyList<FieldDifference> Differences { get => _differences; init => _differences = ReadableList<FieldDifference>.Of(value); }

    /// <summary>Why a change looks the way it does (a manager created later, a rejected row, a pending rename).</summary>
    public string? Reason { get; init; }

    /// <summary>Source row, when the change comes from one.</summary>
    public int? RowNumber { get; init; }

    /// <summary>Key of another change in the same plan that must succeed first (a manager being created).</summary>
    public string? DependsOn { get; init; }

    public IReadOnlyList<DataIssue> Issues { get => _issues; init => _issues = ReadableList<DataIssue>.Of(value); }

    /// <summary>
    /// A delete the delete guard holds when this plan was made (see docs/decisions.md, the guard). Informational:
    /// Sync-N2fScope's write gate evaluates the guard again on what it would send, whatever this says.
    /// </summary>
    public bool Held { get; init; }

    /// <summary>
    /// Users who stay and still name this user as their manager (in the source, or in N2F without a planned change):
    /// deleting it would leave them pointing at nobody, so the delete is held until the source names their new manager.
    /// </summary>
    public IReadOnlyList<string> StillManages { get => _stillManages; init => _stillManages = ReadableList<string>.Of(value, ", "); }

    /// <summary>Keys of other changes of the plan that must succeed before this one (reports moving to a new manager before the old one's delete).</summary>
    public IReadOnlyList<string> WaitsFor { get => _waitsFor; init => _waitsFor = ReadableList<string>.Of(value, ", "); }

    /// <summary>Which plan this change belongs to: one id per Compare-N2fPayload or Sync-N2fScope -Scope invocation.</summary>
    public string PlanId { get; init; } = "";

    /// <summary>When the plan was computed (UTC).</summary>
    public DateTimeOffset? PlannedAt { get; init; }

    /// <summary>When the N2F side of this change was read (UTC): the plan shows N2F as it was then.</summary>
    public DateTimeOffset? N2fReadAt { get; init; }

    /// <summary>The N2F target the plan was computed against (base URL and client id): applying it to another is refused.</summary>
    public string N2fTarget { get; init; } = "";

    /// <summary>Full path of the configuration the plan was computed with.</summary>
    public string ConfigPath { get; init; } = "";

    /// <summary>Names of the fields that differ, for tables.</summary>
    public string ChangedFields => string.Join(", ", Differences.Select(d => d.Field));

    /// <summary>A readable target for -WhatIf and -Confirm, e.g. "user ann.peeters@example.be (BE01)", "plates value 1-ABC-123 (BE02)".</summary>
    public string Target => Scope == Scopes.ScopeNames.Users
        ? $"user {Key}{(Company.Length > 0 ? $" ({Company})" : "")}"
        : $"{Scope} value {Key}{(Company.Length > 0 ? $" ({Company})" : "")}";

    /// <summary>The same change with the plan's stamp (id, time, target, config, when N2F was read).</summary>
    public N2fChange WithStamp(PlanStamp stamp) => this with
    {
        PlanId = stamp.PlanId, PlannedAt = stamp.PlannedAt, N2fReadAt = stamp.N2fReadAt, N2fTarget = stamp.Target,
        ConfigPath = stamp.ConfigPath,
    };

    public override string ToString() => $"{Action} {Target}";
}
