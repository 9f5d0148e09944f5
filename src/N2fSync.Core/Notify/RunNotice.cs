using System.Globalization;
using System.Text;
using N2fSync.Config;
using N2fSync.Store;
using N2fSync.Sync.Apply;

namespace N2fSync.Notify;

/// <summary>
/// What a notification says, whatever carries it: the run's outcome and counts, why it stopped or failed, the first
/// failures and held deletes, the target and the run id. Built from the store (see <see cref="RunNoticeReader"/>),
/// so the end of a run and a later resend say the same. Holds no secret: the store never keeps one.
/// </summary>
internal sealed record RunNotice
{
    /// <summary>How many failures and held deletes a notification lists; the HTML report has them all.</summary>
    public const int TopLines = 10;

    public bool Test { get; init; }

    /// <summary>The run as the store kept it: when, who, where, counts, outcome (for a test: who and where only).</summary>
    public SyncRunRecord Run { get; init; } = new();

    public string RunId => Run.Id;
    public RunOutcome Outcome => Run.Outcome;

    /// <summary>The N2F target as the summary shows it: base URL (client id).</summary>
    public string Target { get; init; } = "";

    /// <summary>The events of notify.on this run matched (empty for a resend of a run that matched none, and for a test).</summary>
    public IReadOnlyList<NotifyEvent> Events { get; init; } = [];

    /// <summary>Source rows rejected by a data-quality check, and those of them the previous run of the scope did not reject.</summary>
    public int RejectedRows { get; init; }
    public int NewRejectedRows { get; init; }
    public IReadOnlyList<string> NewRejectedKeys { get; init; } = [];

    /// <summary>Why the run stopped early or could do nothing, if so.</summary>
    public string? Reason => Run.StoppedBecause ?? Run.FailedBecause;

    public IReadOnlyList<NoticeLine> TopFailures { get; init; } = [];
    public int MoreFailures { get; init; }
    public IReadOnlyList<NoticeLine> HeldDeletes { get; init; } = [];
    public int MoreHeld { get; init; }

    /// <summary>The message a test sends: which configuration, from where, and what would be told.</summary>
    public static RunNotice ForTest(string target, string? configPath, IReadOnlyList<NotifyEvent> on, DateTimeOffset at) => new()
    {
        Test = true, Target = target, Events = on,
        Run = new SyncRunRecord { ConfigPath = configPath, Host = Environment.MachineName, UserName = Environment.UserName, StartedAt = at, EndedAt = at },
    };

    /// <summary>"N2fSync PartialFailure: run 20261205-210000-ab12 (3 failed, 2 deletes held)".</summary>
    public string Title
    {
        get
        {
            if (Test) return $"N2fSync test notification from {Run.Host}";
            var notes = new List<string>();
            if (Run.Failed > 0) notes.Add(Count(Run.Failed, "failed", "failed"));
            if (Run.Held > 0) notes.Add(Count(Run.Held, "delete held", "deletes held"));
            if (Run.Refused > 0) notes.Add(Count(Run.Refused, "refused", "refused"));
            if (NewRejectedRows > 0) notes.Add(Count(NewRejectedRows, "new rejected row", "new rejected rows"));
            return $"N2fSync {Outcome}: run {RunId}" + (notes.Count > 0 ? $" ({string.Join(", ", notes)})" : "");
        }
    }

    /// <summary>"25 created, 3 updated, 0 deleted, 1 failed, 2 held, 0 skipped, 17 unchanged; 1 source row rejected".</summary>
    public string Counts =>
        $"{Run.Created} created, {Run.Updated} updated, {Run.Deleted} deleted, {Run.Failed} failed, {Run.Held} held, "
        + (Run.Refused > 0 ? $"{Run.Refused} refused, " : "") + $"{Run.Skipped} skipped, {Run.Unchanged} unchanged"
        + (RejectedRows > 0 ? $"; {Count(RejectedRows, "source row", "source rows")} rejected"
           + (NewRejectedRows > 0 ? $" ({NewRejectedRows} new since the previous run)" : "") : "");

    /// <summary>The facts of the run, in the order a reader wants them (a name and a value each).</summary>
    public IReadOnlyList<(string Name, string Value)> Facts()
    {
        if (Test)
            return [("Configuration", Run.ConfigPath ?? ""), ("Target", Target), ("Sent by", $"{Run.UserName} on {Run.Host}"),
                ("Runs told about", Events.Count == 0 ? "none (notify.on is empty)" : string.Join(", ", Events))];
        var facts = new List<(string, string)> { ("Outcome", Outcome.ToString()) };
        if (Events.Count > 0) facts.Add(("Because", string.Join(", ", Events)));
        if (Reason is not null) facts.Add(("Why", Reason));
        facts.Add(("Counts", Counts));
        facts.Add(("Scopes", string.Join(", ", Run.Scopes)));
        facts.Add(("Target", Target));
        facts.Add(("Run", $"{RunId}, {Instant(Run.StartedAt)} to {(Run.EndedAt is { } end ? Instant(end) : "(unfinished)")}"));
        facts.Add(("Ran as", $"{Run.UserName} on {Run.Host}"));
        if (Run.ConfigPath is not null) facts.Add(("Configuration", Run.ConfigPath));
        return facts;
    }

    /// <summary>The whole notice as plain text (a mail body, the webhook's text).</summary>
    public string Text()
    {
        var text = new StringBuilder();
        text.Append(Title).Append("\n\n");
        foreach (var (name, value) in Facts()) text.Append(name).Append(": ").Append(value).Append('\n');
        if (Test)
        {
            text.Append("\nThis is a test of notify: in this configuration. Nothing was synced.\n");
            return text.ToString();
        }
        Section(text, "Failures", TopFailures.Select(l => l.ToString()).ToList(), MoreFailures);
        Section(text, "Held deletes", HeldDeletes.Select(l => l.ToString()).ToList(), MoreHeld);
        Section(text, "New rejected rows", NewRejectedKeys, NewRejectedRows - NewRejectedKeys.Count);
        text.Append($"\nThe full report: Export-N2fSyncReport -RunId {RunId} -Path ./run.html");
        return text.ToString();
    }

    /// <summary>Lines under a heading, with how many more the report lists.</summary>
    public static void Section(StringBuilder text, string heading, IReadOnlyList<string> lines, int more)
    {
        if (lines.Count == 0) return;
        text.Append('\n').Append(heading).Append(":\n");
        foreach (var line in lines) text.Append("- ").Append(line).Append('\n');
        if (more > 0) text.Append($"- and {more} more (see the report)\n");
    }

    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
