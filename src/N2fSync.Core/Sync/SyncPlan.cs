using N2fSync.Agresso;

namespace N2fSync.Sync;

/// <summary>The outcome of planning one scope: ordered changes, the data-quality issues found while planning, warnings.</summary>
public sealed class SyncPlan(string scope, IReadOnlyList<N2fChange> changes, IReadOnlyList<DataIssue> issues,
    IReadOnlyList<string> warnings, int sourceRows, int n2fObjects,
    IReadOnlyDictionary<string, int>? n2fObjectsByCompany = null, IReadOnlyList<Gate.DeleteGuardBreach>? breaches = null)
{
    public string Scope { get; } = scope;

    /// <summary>In the order they must be applied: skips, creates and updates (managers first), deletes last.</summary>
    public IReadOnlyList<N2fChange> Changes { get; } = changes;

    /// <summary>Issues found by planning (unknown company, role, manager…); issues found while reading are on the entities.</summary>
    public IReadOnlyList<DataIssue> Issues { get; } = issues;

    public IReadOnlyList<string> Warnings { get; } = warnings;
    public int SourceRows { get; } = sourceRows;
    public int N2fObjects { get; } = n2fObjects;

    /// <summary>N2F objects of this scope per company code: the base of the delete guard's percentage.</summary>
    public IReadOnlyDictionary<string, int> N2fObjectsByCompany { get; } =
        n2fObjectsByCompany ?? new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Companies whose planned deletes breach the delete guard; their deletes are marked held.</summary>
    public IReadOnlyList<Gate.DeleteGuardBreach> Breaches { get; } = breaches ?? [];

    /// <summary>When the N2F side of this plan was read (UTC); null when nothing was read.</summary>
    public DateTimeOffset? N2fReadAt { get; init; }

    /// <summary>Keys on both sides that already agree (they have no change unless asked for).</summary>
    public int Unchanged { get; init; }

    public int Count(ChangeAction action) => Changes.Count(c => c.Action == action);

    /// <summary>The same plan with other changes (and breaches), keeping what was counted.</summary>
    public SyncPlan With(IReadOnlyList<N2fChange> changes, IReadOnlyList<Gate.DeleteGuardBreach>? breaches = null) =>
        new(Scope, changes, Issues, Warnings, SourceRows, N2fObjects, N2fObjectsByCompany, breaches ?? Breaches)
        {
            N2fReadAt = N2fReadAt,
            Unchanged = Unchanged,
        };

    /// <summary>The same plan, stamped with when its N2F side was read.</summary>
    public SyncPlan ReadAt(DateTimeOffset readAt) =>
        new(Scope, Changes, Issues, Warnings, SourceRows, N2fObjects, N2fObjectsByCompany, Breaches)
        {
            N2fReadAt = readAt,
            Unchanged = Unchanged,
        };
}

/// <summary>How to plan.</summary>
public sealed class PlanOptions
{
    /// <summary>Also emit <see cref="ChangeAction.None"/> for keys that agree.</summary>
    public bool IncludeEqual { get; init; }

    /// <summary>Keys of the failed-key queue: planned first, within the dependency order (decisions.md §14).</summary>
    public ISet<string>? PriorityKeys { get; init; }

    /// <summary>
    /// Users only: told of each update as soon as the page holding that N2F user is compared and the rest of the read
    /// cannot change it, so a run can send it while later pages are read. The plan still lists it.
    /// </summary>
    public Action<N2fChange>? EarlyUpdates { get; init; }

    public PlanOptions WithPriority(ISet<string> keys) =>
        new() { IncludeEqual = IncludeEqual, PriorityKeys = keys, EarlyUpdates = EarlyUpdates };
}
