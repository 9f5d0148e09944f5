using N2fSync.Agresso;

namespace N2fSync.Sync;

/// <summary>The outcome of planning one scope: ordered changes, the data-quality issues found while planning, warnings.</summary>
public sealed class SyncPlan(string scope, IReadOnlyList<N2fChange> changes, IReadOnlyList<DataIssue> issues,
    IReadOnlyList<string> warnings, int sourceRows, int n2fObjects)
{
    public string Scope { get; } = scope;

    /// <summary>In the order they must be applied: skips, creates and updates (managers first), deletes last.</summary>
    public IReadOnlyList<N2fChange> Changes { get; } = changes;

    /// <summary>Issues found by planning (unknown company, role, manager…); issues found while reading are on the entities.</summary>
    public IReadOnlyList<DataIssue> Issues { get; } = issues;

    public IReadOnlyList<string> Warnings { get; } = warnings;
    public int SourceRows { get; } = sourceRows;
    public int N2fObjects { get; } = n2fObjects;

    public int Count(ChangeAction action) => Changes.Count(c => c.Action == action);
}

/// <summary>How to plan.</summary>
public sealed class PlanOptions
{
    /// <summary>Also emit <see cref="ChangeAction.None"/> for keys that agree.</summary>
    public bool IncludeEqual { get; init; }
}
