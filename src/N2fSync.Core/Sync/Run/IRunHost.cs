using N2fSync.Sync.Apply;

namespace N2fSync.Sync.Run;

/// <summary>
/// What a run needs from whoever hosts it (Sync-N2fScope, a test): confirmation, a place for results, problems and
/// progress. The core calls it from its own thread; the host decides where each call lands (the cmdlet marshals them
/// to the pipeline thread). Verbose and warning messages go through <see cref="Diagnostics.ISyncLog"/>.
/// </summary>
public interface IRunHost
{
    /// <summary>Asked once per scope and action, with the count, before any of them is sent; false declines them all.</summary>
    bool Confirm(ConfirmRequest request);

    /// <summary>
    /// Whether <see cref="Confirm"/> would ask someone about this action, rather than answer by itself. A run sends
    /// updates while it still reads N2F only when the host would not ask about them.
    /// </summary>
    bool AsksBefore(ChangeAction action);

    /// <summary>One result per change, in the order they happened.</summary>
    void Emit(SyncResult result);

    /// <summary>Something the admin must see on the error stream; the run goes on unless it says otherwise.</summary>
    void Report(RunProblem problem);

    void Progress(RunProgress progress);
}

/// <summary>One confirmation: e.g. "Create 24 users" in N2F at a target.</summary>
public sealed record ConfirmRequest(string Scope, ChangeAction Action, int Count, string Target)
{
    /// <summary>"Create 24 users", "Delete 3 plates values".</summary>
    public string Operation => $"{Action} {Count} {(Scope == Scopes.ScopeNames.Users ? Count == 1 ? "user" : "users" : $"{Scope} value{(Count == 1 ? "" : "s")}")}";
}

/// <summary>Where the run stands: a scope starts sending, one more write is done, or the scope is done.</summary>
public sealed record RunProgress(string Scope, int Done, int Total, TimeSpan? Remaining, bool Completed);
