using System.Diagnostics;
using N2fSync.Diagnostics;
using N2fSync.N2f;
using N2fSync.N2f.Http;
using N2fSync.Scopes;

namespace N2fSync.Sync.Apply;

/// <summary>
/// Sends one change to N2F and says what happened. Keeps, for the run, the keys whose write failed so the users who
/// depend on them are not sent (decisions 14). One instance per run.
/// </summary>
public sealed class ChangeApplier(N2fClient client, ISyncLog log, TimeProvider time)
{
    private readonly HashSet<string> _failed = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _notSent = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A change the run chose not to send (excluded by a switch, declined): its dependents are not sent either.</summary>
    public void MarkNotSent(N2fChange change)
    {
        if (change.Action is ChangeAction.Create or ChangeAction.Update) _notSent.Add(FailedKey(change.Scope, change.Key));
    }

    public async Task<SyncResult> ApplyAsync(N2fChange change, CancellationToken cancellationToken)
    {
        if (change.Action is ChangeAction.None) return Result(change, SyncOutcome.Unchanged, null, null, TimeSpan.Zero);
        if (change.Action is ChangeAction.Skip) return Result(change, SyncOutcome.Skipped, null, change.Reason, TimeSpan.Zero);
        // A held change is not written either, so its own dependents (reports of reports) are held in turn.
        if (change.DependsOn is { } dependency && _failed.Contains(FailedKey(change.Scope, dependency)))
            return Hold(_failed, change, SyncOutcome.DependencyFailed,
                $"not sent: {dependency} could not be written in this run; retried next run.");

        if (change.DependsOn is { } prerequisite && _notSent.Contains(FailedKey(change.Scope, prerequisite)))
            return Hold(_notSent, change, SyncOutcome.Skipped,
                $"not sent: {prerequisite} was not written in this run, and N2F would refuse a reference to it.");

        var watch = Stopwatch.StartNew();
        try
        {
            var path = PathOf(change);
            N2fResponse response = change.Action == ChangeAction.Delete
                ? await client.DeleteAsync(path, cancellationToken).ConfigureAwait(false)
                : await client.PostAsync(path, (change.Payload ?? throw MissingPayload(change)).ToJson(), cancellationToken)
                    .ConfigureAwait(false);

            if (response.IsSuccess) return Result(change, Done(change.Action), response.StatusCode, null, watch.Elapsed);
            if (change.Action == ChangeAction.Delete && response.StatusCode == 404)
                return Result(change, SyncOutcome.Deleted, 404, "already absent from N2F.", watch.Elapsed);
            return Fail(change, response.StatusCode, N2fJson.ErrorMessage(response.Body), watch.Elapsed);
        }
        catch (N2fApiException e)
        {
            return Fail(change, e.StatusCode, e.N2fMessage, watch.Elapsed);
        }
    }

    private SyncResult Hold(HashSet<string> heldKeys, N2fChange change, SyncOutcome outcome, string message)
    {
        heldKeys.Add(FailedKey(change.Scope, change.Key));
        return Result(change, outcome, null, message, TimeSpan.Zero);
    }

    private SyncResult Fail(N2fChange change, int? status, string message, TimeSpan elapsed)
    {
        _failed.Add(FailedKey(change.Scope, change.Key));
        log.Verbose($"{change.Action} {change.Target} failed: {message}");
        return Result(change, SyncOutcome.Failed, status, message, elapsed);
    }

    private SyncResult Result(N2fChange change, SyncOutcome outcome, int? status, string? message, TimeSpan elapsed) => new()
    {
        Scope = change.Scope,
        Action = change.Action,
        Key = change.Key,
        Company = change.Company,
        Outcome = outcome,
        StatusCode = status,
        Message = message,
        ChangedFields = change.ChangedFields,
        Duration = elapsed,
        Timestamp = time.GetUtcNow(),
    };

    private static SyncOutcome Done(ChangeAction action) => action switch
    {
        ChangeAction.Create => SyncOutcome.Created,
        ChangeAction.Update => SyncOutcome.Updated,
        _ => SyncOutcome.Deleted,
    };

    /// <summary>Write paths of domain 2.4: users by mail; axis values by company, axis and code.</summary>
    internal static string PathOf(N2fChange change)
    {
        var isDelete = change.Action == ChangeAction.Delete;
        if (change.Scope == ScopeNames.Users)
            return isDelete ? "users/" + Uri.EscapeDataString(change.Key) : "users";
        if (string.IsNullOrEmpty(change.CompanyId) || string.IsNullOrEmpty(change.AxisId))
            throw new InvalidOperationException($"{change.Target}: the change names no N2F company or axis.");
        var collection = $"companies/{Uri.EscapeDataString(change.CompanyId)}/axes/{Uri.EscapeDataString(change.AxisId!)}";
        return isDelete ? collection + "/" + Uri.EscapeDataString(change.Key) : collection;
    }

    private static string FailedKey(string scope, string key) => scope + "|" + key;

    private static InvalidOperationException MissingPayload(N2fChange change) =>
        new($"{change.Target}: a {change.Action} change carries no payload.");
}
