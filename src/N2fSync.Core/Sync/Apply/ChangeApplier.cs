using System.Diagnostics;
using N2fSync.Diagnostics;
using N2fSync.N2f.Http;
using N2fSync.N2f;
using N2fSync.Scopes;
using N2fSync.Sync.Ports;

namespace N2fSync.Sync.Apply;

/// <summary>
/// Sends one change the write gate let through and says what happened, journaling the write before it is sent and
/// after its outcome. Keeps, for the run, the keys whose write failed or was not sent, so the changes depending on
/// them are not sent either (a report waits for their manager's create; a manager's delete waits for their reports to
/// move). One instance per run.
/// </summary>
public sealed partial class ChangeApplier
{
    private readonly N2fClient _client;
    private readonly ISyncLog _log;
    private readonly TimeProvider _time;
    private readonly IWriteJournal? _journal;
    private readonly IFailedKeyQueue? _failedKeys;
    private readonly string _runId;
    private readonly HashSet<string> _failed = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _notSent = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _done = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, FailedKey> _queue = new(StringComparer.OrdinalIgnoreCase);
    // Writes sent whose answer was lost, until settled (read back or sent again), and their journal rows.
    private readonly HashSet<string> _unknown = new(StringComparer.OrdinalIgnoreCase);
    // Changes not sent yet because they wait for one of those (a report for its manager's create, a manager's delete
    // for a report's move): applied again once it is settled.
    private readonly HashSet<string> _waiting = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, long> _unknownJournal = new(StringComparer.OrdinalIgnoreCase);

    public ChangeApplier(N2fClient client, ISyncLog log, TimeProvider time, IWriteJournal? journal = null,
        IFailedKeyQueue? failedKeys = null, string runId = "", FailureCeiling? ceiling = null)
    {
        _client = client;
        _log = log;
        _time = time;
        _journal = journal;
        _failedKeys = failedKeys;
        _runId = runId;
        Ceiling = ceiling;
        if (failedKeys is not null)
            foreach (var failed in failedKeys.All()) _queue[Id(failed.Scope, failed.Company, failed.Key)] = failed;
    }

    public FailureCeiling? Ceiling { get; }

    /// <summary>A change the run chose not to send (excluded by a switch, declined): its dependents are not sent either.</summary>
    public void MarkNotSent(N2fChange change)
    {
        if (change.Action is ChangeAction.Create or ChangeAction.Update) _notSent.Add(DependencyKey(change.Scope, change.Key));
    }

    public Task<SyncResult> ApplyAsync(N2fChange change, CancellationToken cancellationToken) =>
        SendOnceReadyAsync(change, null, cancellationToken);

    private async Task<SyncResult> SendOnceReadyAsync(N2fChange change, string? resent, CancellationToken cancellationToken)
    {
        if (change.Action is ChangeAction.None) return Result(change, SyncOutcome.Unchanged, null, null, TimeSpan.Zero);
        if (change.Action is ChangeAction.Skip) return Result(change, SyncOutcome.Skipped, null, change.Reason, TimeSpan.Zero);
        var own = DependencyKey(change.Scope, change.Key);
        // Applied again once what it waited for is settled: it waits no more, unless it must wait again below.
        _waiting.Remove(own);
        // A held change is not written either, so its own dependents (reports of reports) are held in turn.
        if (change.DependsOn is { } dependency && _failed.Contains(DependencyKey(change.Scope, dependency)))
            return Hold(_failed, change, SyncOutcome.DependencyFailed,
                $"not sent: {dependency} could not be written in this run; retried next run.");

        if (change.DependsOn is { } prerequisite && _notSent.Contains(DependencyKey(change.Scope, prerequisite)))
            return Hold(_notSent, change, SyncOutcome.Skipped,
                $"not sent: {prerequisite} was not written in this run, and N2F would refuse a reference to it.");
        // A manager's create or a report's move whose answer was lost: sent once that is settled (see ScopeSettlement).
        if (Awaited(change) is { } awaited)
        {
            _waiting.Add(own);
            return Result(change, SyncOutcome.Unknown, null,
                $"not sent yet: the outcome of the write of {awaited} is unknown; sent once it is settled.", TimeSpan.Zero);
        }
        // A manager is deleted only once every report has moved to their new manager in this run.
        if (change.WaitsFor.FirstOrDefault(k => !_done.Contains(DependencyKey(change.Scope, k))) is { } waiting)
            return Hold(_notSent, change, SyncOutcome.Skipped,
                $"not sent: {waiting} still names {change.Key} as manager in N2F, and its move to a new manager was not written in this run.");

        // Sending a write of unknown outcome again settles it by its new answer, in the journal entry of the first send.
        _unknown.Remove(own);
        var hash = change.Payload?.Hash();
        var now = _time.GetUtcNow();
        long? journalId = _unknownJournal.TryGetValue(Id(change), out var reopened) ? reopened : null;
        if (journalId is { } lost)
        {
            _unknownJournal.Remove(Id(change));
            _journal!.Reopen(lost, now);
        }
        else journalId = _journal?.Before(_runId, change, hash, now);
        var result = await SendAsync(change, resent, cancellationToken).ConfigureAwait(false);
        if (journalId is { } id)
        {
            _journal!.After(id, result);
            if (result.Outcome == SyncOutcome.Unknown) _unknownJournal[Id(change)] = id;
        }
        RememberOutcome(change, hash, result);
        if (result.Outcome is SyncOutcome.Created or SyncOutcome.Updated or SyncOutcome.Deleted)
            _done.Add(own);
        Ceiling?.Record(result, sent: true);
        return result;
    }

    /// <summary>The key this change waits for whose outcome is not settled yet (a lost answer, or a change waiting for one).</summary>
    private string? Awaited(N2fChange change) => new[] { change.DependsOn }.Concat(change.WaitsFor)
        .FirstOrDefault(k => k is not null && (_unknown.Contains(DependencyKey(change.Scope, k)) || _waiting.Contains(DependencyKey(change.Scope, k))));

    /// <summary>A change the run did not send because the gate refused or held it: its dependents are not sent either.</summary>
    public void MarkWithheld(N2fChange change) => MarkNotSent(change);

    /// <summary>A change that fails without being sent (N2F refused this same payload before): its dependents fail too.</summary>
    public void MarkFailed(N2fChange change) => _failed.Add(DependencyKey(change.Scope, change.Key));

    private async Task<SyncResult> SendAsync(N2fChange change, string? resent, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var path = PathOf(change);
            N2fResponse response = change.Action == ChangeAction.Delete
                ? await _client.DeleteAsync(path, cancellationToken).ConfigureAwait(false)
                : await _client.PostAsync(path, (change.Payload ?? throw MissingPayload(change)).ToJson(), cancellationToken)
                    .ConfigureAwait(false);

            if (response.IsSuccess) return Result(change, Done(change.Action), response.StatusCode, resent is null ? null : resent + ".", watch.Elapsed, sent: true);
            if (change.Action == ChangeAction.Delete && response.StatusCode == 404)
                return Result(change, SyncOutcome.Deleted, 404, "already absent from N2F.", watch.Elapsed, sent: true);
            return Fail(change, response.StatusCode, N2fJson.ErrorMessage(response.Body), watch.Elapsed);
        }
        catch (N2fApiException e) when (e.StatusCode == 429)
        {
            return Fail(change, 429, $"N2F's quota refused the call (429) until the retries ran out: {e.N2fMessage}. "
                                     + "Not a data problem: it is retried next run.", watch.Elapsed);
        }
        catch (N2fApiException e)
        {
            return Fail(change, e.StatusCode, e.N2fMessage, watch.Elapsed);
        }
        catch (N2fOutcomeUnknownException e)
        {
            // Neither done nor failed: its dependents wait, and the run settles it by reading N2F back.
            _unknown.Add(DependencyKey(change.Scope, change.Key));
            _log.Verbose($"{change.Action} {change.Target}: {e.Message}");
            return Result(change, SyncOutcome.Unknown, null,
                $"sent, but the answer was lost ({e.Cause}); settled by reading N2F back.", watch.Elapsed, sent: true);
        }
    }

    private void RememberOutcome(N2fChange change, string? hash, SyncResult result)
    {
        if (_failedKeys is null) return;
        if (result.Outcome == SyncOutcome.Failed)
        {
            var rejected = result.StatusCode is >= 400 and < 500 and not 408 and not 429;
            _failedKeys.RecordFailure(_runId, change.Scope, change.Company, change.Key, change.Action.ToString(), hash,
                result.StatusCode, result.Message, rejected, result.Timestamp);
        }
        else if (result.Outcome != SyncOutcome.Unknown && _queue.Remove(Id(change)))
        {
            _failedKeys.Clear(change.Scope, change.Company, change.Key);
        }
    }

    private SyncResult Hold(HashSet<string> heldKeys, N2fChange change, SyncOutcome outcome, string message)
    {
        heldKeys.Add(DependencyKey(change.Scope, change.Key));
        return Result(change, outcome, null, message, TimeSpan.Zero);
    }

    private SyncResult Fail(N2fChange change, int? status, string message, TimeSpan elapsed)
    {
        _failed.Add(DependencyKey(change.Scope, change.Key));
        _log.Verbose($"{change.Action} {change.Target} failed: {message}");
        return Result(change, SyncOutcome.Failed, status, message, elapsed, sent: true);
    }

    private SyncResult Result(N2fChange change, SyncOutcome outcome, int? status, string? message, TimeSpan elapsed,
        bool sent = false) => new()
    {
        Sent = sent,
        RunId = _runId,
        Scope = change.Scope,
        Action = change.Action,
        Key = change.Key,
        Company = change.Company,
        Outcome = outcome,
        StatusCode = status,
        Message = message,
        ChangedFields = change.ChangedFields,
        Duration = elapsed,
        Timestamp = _time.GetUtcNow(),
    };

    private static SyncOutcome Done(ChangeAction action) => action switch
    {
        ChangeAction.Create => SyncOutcome.Created,
        ChangeAction.Update => SyncOutcome.Updated,
        _ => SyncOutcome.Deleted,
    };

    /// <summary>Write paths of domain.md §2.4: users by mail; axis values by company, axis and code.</summary>
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

    private static string DependencyKey(string scope, string key) => scope + "|" + key;
    private static string Id(N2fChange change) => Id(change.Scope, change.Company, change.Key);
    private static string Id(string scope, string company, string key) => scope + "|" + company + "|" + key;

    private static InvalidOperationException MissingPayload(N2fChange change) =>
        new($"{change.Target}: {(change.Action == ChangeAction.Update ? "an" : "a")} {change.Action} change carries no payload.");
}
