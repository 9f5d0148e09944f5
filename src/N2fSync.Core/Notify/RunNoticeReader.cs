using N2fSync.Agresso;
using N2fSync.Store;
using N2fSync.Store.History;
using N2fSync.Sync.Apply;

namespace N2fSync.Notify;

/// <summary>
/// Reads what a run's notification says from the store: the run's record, its first failures and held deletes from
/// the journal, and its rejected source rows compared with those of the previous run of each scope on the same target.
/// </summary>
internal sealed class RunNoticeReader(SyncStore store)
{
    /// <summary>How many earlier runs are searched for the previous run of a scope.</summary>
    private const int EarlierRuns = 50;

    private static readonly SyncOutcome[] FailureOutcomes = [SyncOutcome.Failed, SyncOutcome.DependencyFailed, SyncOutcome.Unknown];

    /// <summary>The notice of a run, or null when the store has no run of that id.</summary>
    public RunNotice? Read(string runId)
    {
        var run = store.History.Runs(new RunQuery { Ids = [runId] }).FirstOrDefault();
        if (run is null) return null;
        var (failures, moreFailures) = Top(run.Id, FailureOutcomes);
        var (held, moreHeld) = Top(run.Id, [SyncOutcome.Held]);
        var rejected = Rejected(run.Id);
        var earlier = run.Target is null ? [] : store.History.Runs(new RunQuery { Target = run.Target, Before = run.StartedAt, Last = EarlierRuns });
        var fresh = rejected.GroupBy(r => r.Scope).SelectMany(scope =>
        {
            var before = RejectedBefore(scope.Key, earlier);
            return scope.Where(r => !before.Contains(r));
        }).ToList();
        return new RunNotice
        {
            Run = run, Target = TargetText(run.Target),
            RejectedRows = rejected.Count, NewRejectedRows = fresh.Count,
            NewRejectedKeys = fresh.Take(RunNotice.TopLines).Select(r => $"{r.Scope} {r.Row}").ToList(),
            TopFailures = failures, MoreFailures = moreFailures, HeldDeletes = held, MoreHeld = moreHeld,
        };
    }

    /// <summary>The run as one self-contained HTML page (Export-N2fSyncReport's), for a mail attachment.</summary>
    public byte[]? HtmlReport(string runId)
    {
        if (N2fSync.Reports.RunReport.Load(store, runId) is not { } report) return null;
        using var buffer = new MemoryStream();
        report.Write(buffer, N2fSync.Reports.ReportFormat.Html);
        return buffer.ToArray();
    }

    private (IReadOnlyList<NoticeLine> Top, int More) Top(string runId, IReadOnlyCollection<SyncOutcome> outcomes)
    {
        var top = new List<NoticeLine>();
        var more = 0;
        store.History.Changes(new ChangeQuery { RunIds = [runId], Outcomes = outcomes }, c =>
        {
            if (top.Count < RunNotice.TopLines) top.Add(new NoticeLine(c.Scope, c.Company, c.Key, c.Action, c.Outcome, c.StatusCode, c.Message));
            else more++;
        });
        return (top, more);
    }

    /// <summary>The rows a run rejected (a blocking data-quality issue), each once, by scope and key.</summary>
    private List<RejectedRow> Rejected(string runId) =>
        store.DataIssues(runId).Where(i => i.IsBlocking).Select(RejectedRow.Of).Distinct().ToList();

    /// <summary>The rows the newest earlier run that covered <paramref name="scope"/> rejected in it; none without such a run.</summary>
    private HashSet<RejectedRow> RejectedBefore(string scope, IReadOnlyList<SyncRunRecord> earlier)
    {
        var previous = earlier.FirstOrDefault(r => r.EndedAt is not null && r.Scopes.Contains(scope, StringComparer.OrdinalIgnoreCase));
        return previous is null ? [] : [.. Rejected(previous.Id).Where(r => string.Equals(r.Scope, scope, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>The store keeps the target as "base URL client id"; a notice shows it as the summary does.</summary>
    private static string TargetText(string? origin)
    {
        if (string.IsNullOrWhiteSpace(origin)) return "(not recorded)";
        var space = origin!.LastIndexOf(' ');
        return space <= 0 ? origin : $"{origin.Substring(0, space)} (client {origin.Substring(space + 1)})";
    }
}
