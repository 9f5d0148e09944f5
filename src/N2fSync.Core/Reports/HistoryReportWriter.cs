using System.Globalization;
using System.Text;
using N2fSync.Store;
using N2fSync.Sync.Apply;

namespace N2fSync.Reports;

/// <summary>
/// The history of runs as one self-contained page: figures of the period, a chart per question an admin is asked
/// (what was written, what failed or was held, what Agresso got wrong, whether runs take longer than the quota needs,
/// how much of the quota they use), the keys that keep failing, and every run. Every value is HTML-encoded.
/// </summary>
internal sealed class HistoryReportWriter
{
    private const string Green = "#2da44e", Blue = "#0969da", Purple = "#8250df", Red = "#cf222e", Amber = "#d4a72c",
        Orange = "#bc4c00", Slate = "#8c959f", Ink = "#24292f";

    public void Write(HistoryReport report, Stream output)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(false), 65536, leaveOpen: true);
        var runs = report.Runs;
        w.Write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.Write($"<title>N2fSync run history · {E(report.ConfigName)}</title><style>{HtmlReportStyle.Css}</style></head><body>");
        w.Write($"<header class=\"top\"><div><h1>N2fSync run history · {E(report.ConfigName)}</h1><div class=\"meta\">{E(Period(report))}</div></div></header><main>");
        if (runs.Count == 0)
        {
            w.Write("<p class=\"note\">No run in this period. Runs under -WhatIf are not kept; older runs are pruned after store.retentionDays.</p>");
        }
        else
        {
            WriteFigures(w, report);
            WriteCharts(w, report);
            WriteRecurring(w, report);
            WriteRuns(w, report);
        }
        w.Write($"<footer>Generated {E(Instant(report.GeneratedAt))} by Export-N2fSyncReport -History. Times are UTC.</footer></main></body></html>");
    }

    private static string Period(HistoryReport report)
    {
        var runs = report.Runs;
        var span = runs.Count == 0 ? "" : $"{Day(runs[0].StartedAt)} to {Day(runs[runs.Count - 1].StartedAt)} · ";
        var asked = report.Since is { } since ? $"runs since {Day(since)}" : "the most recent runs";
        return $"{span}{runs.Count} run(s), {asked}";
    }

    private static void WriteFigures(StreamWriter w, HistoryReport report)
    {
        var runs = report.Runs;
        var ok = runs.Count(r => r.Outcome == RunOutcome.Success);
        var written = runs.Sum(r => r.Created + r.Updated + r.Deleted);
        var failed = runs.Sum(r => r.Failed);
        var held = runs.Sum(r => r.Held);
        var rejected = runs.Sum(HistoryReport.RejectedRows);
        var durations = runs.Where(r => r.Duration is not null).Select(r => r.Duration!.Value).OrderBy(d => d).ToList();
        w.Write("<section class=\"kpis\">");
        Figure(w, "Runs", runs.Count.ToString(CultureInfo.InvariantCulture), $"{ok} succeeded, {runs.Count - ok} did not", ok == runs.Count ? "good" : "warn");
        Figure(w, "Writes", written.ToString("N0", CultureInfo.InvariantCulture),
            $"{runs.Sum(r => r.Created)} created, {runs.Sum(r => r.Updated)} updated, {runs.Sum(r => r.Deleted)} deleted", "");
        Figure(w, "Failed writes", failed.ToString("N0", CultureInfo.InvariantCulture), $"{report.QueuedFailures} key(s) queued for the next run", failed > 0 ? "bad" : "good");
        Figure(w, "Held deletes", held.ToString("N0", CultureInfo.InvariantCulture), "by the delete guard, or managers whose reports stay", held > 0 ? "warn" : "good");
        Figure(w, "Rejected rows", rejected.ToString("N0", CultureInfo.InvariantCulture), "source rows to fix in Agresso", rejected > 0 ? "warn" : "good");
        Figure(w, "Median duration", durations.Count == 0 ? "–" : Span(durations[durations.Count / 2]),
            durations.Count == 0 ? "" : $"longest {Span(durations[durations.Count - 1])}", "");
        w.Write("</section>");
    }

    private static void Figure(StreamWriter w, string label, string value, string sub, string tone) =>
        w.Write($"<div class=\"kpi {tone}\"><div class=\"label\">{E(label)}</div><div class=\"value\">{E(value)}</div><div class=\"sub\">{E(sub)}</div></div>");

    private static void WriteCharts(StreamWriter w, HistoryReport report)
    {
        var runs = report.Runs;
        var labels = Labels(runs);
        var quota = runs.Select(report.QuotaOf).ToList();
        static IReadOnlyList<double> Of<T>(IEnumerable<T> items, Func<T, double> value) => items.Select(value).ToList();
        string Count(double v, int decimals) => v.ToString("N0", CultureInfo.InvariantCulture);

        w.Write("<h2>Trends</h2><section class=\"charts\">");
        Chart(w, "chart-writes", "Writes by action", "What each run changed in N2F.", labels,
            [new("created", Green, Of(runs, r => r.Created)), new("updated", Blue, Of(runs, r => r.Updated)), new("deleted", Purple, Of(runs, r => r.Deleted))],
            Count, true, null, "No write in these runs", wide: true);
        Chart(w, "chart-failures", "Failures and held deletes", "Writes N2F refused or never answered, and deletes held back (by the delete guard, or of managers whose reports stay).", labels,
            [new("failed", Red, Of(runs, r => r.Failed)), new("held deletes", Amber, Of(runs, r => r.Held))],
            Count, true, null, "No failure and no held delete");
        Chart(w, "chart-rejected", "Rejected source rows", "Agresso rows a data-quality check kept from syncing (Get-AgressoEntity -Validate lists them).", labels,
            [new("rejected rows", Orange, Of(runs, r => HistoryReport.RejectedRows(r)))],
            Count, true, null, "No row rejected");
        var longest = Math.Max(runs.Max(r => r.Duration?.TotalSeconds ?? 0), quota.Max(q => q.Floor.TotalSeconds));
        var (unit, divisor) = longest >= 7200 ? ("h", 3600.0) : longest >= 120 ? ("min", 60.0) : ("s", 1.0);
        Chart(w, "chart-duration", "Duration against the quota floor",
            "The floor is the least time the quota allows for the calls a run sent; far above it, the time went elsewhere.", labels,
            [new("duration", Slate, Of(runs, r => (r.Duration?.TotalSeconds ?? 0) / divisor)), new("quota floor", Ink, Of(quota, q => q.Floor.TotalSeconds / divisor), IsLine: true, Dashed: true)],
            (v, decimals) => v.ToString("F" + decimals, CultureInfo.InvariantCulture) + " " + unit, false, null, "No duration recorded");
        Chart(w, "chart-quota", "Quota use", "Calls sent ÷ calls the quota allowed over the run's duration.", labels,
            [new("writes", Blue, Of(quota, q => q.WriteShare ?? 0), IsLine: true), new("reads", Slate, Of(quota, q => q.ReadShare ?? 0), IsLine: true)],
            (v, _) => (100 * v).ToString("0", CultureInfo.InvariantCulture) + " %", false, 1, "No call recorded");
        w.Write("</section>");
    }

    private static void Chart(StreamWriter w, string id, string title, string note, IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series,
        Func<double, int, string> format, bool integers, double? fixedMax, string whenEmpty, bool wide = false)
    {
        w.Write($"<div class=\"card{(wide ? " wide" : "")}\"><h3>{E(title)}</h3><div class=\"note\">{E(note)}</div>");
        SvgChart.Write(w, id, title, labels, series, format, integers, fixedMax, whenEmpty, wide ? 1200 : 600);
        w.Write("</div>");
    }

    private static void WriteRecurring(StreamWriter w, HistoryReport report)
    {
        w.Write("<h2>Keys that keep failing</h2>");
        if (report.RecurringFailures.Count == 0)
        {
            w.Write($"<p class=\"note\">No key failed in {HistoryReport.RecurringFrom} or more of these runs.</p>");
            return;
        }
        w.Write("<div class=\"note\">Failed in several runs: fix the data in Agresso, or what N2F says about it, once.</div><div class=\"table\"><table>"
                + "<tr><th>Scope</th><th>Key</th><th class=\"n\">Runs failed</th><th>Last failed (UTC)</th><th>Last message</th></tr>");
        foreach (var f in report.RecurringFailures)
            w.Write($"<tr><td>{E(f.Scope)}</td><td>{E(f.Key)}</td><td class=\"n\">{f.Runs} of {report.Runs.Count}</td>"
                    + $"<td class=\"t\">{E(Instant(f.LastFailedAt))}</td><td>{E(f.LastMessage)}</td></tr>");
        w.Write("</table></div>");
    }

    private static void WriteRuns(StreamWriter w, HistoryReport report)
    {
        w.Write("<h2>Runs</h2><div class=\"table\"><table><tr><th>Started (UTC) · run</th><th>Scopes</th><th>Outcome</th>"
                + "<th class=\"n\">Created</th><th class=\"n\">Updated</th><th class=\"n\">Deleted</th><th class=\"n\">Failed</th>"
                + "<th class=\"n\">Held</th><th class=\"n\">Rejected</th><th class=\"n\">Duration</th><th class=\"n\">Writes / reads</th></tr>");
        foreach (var run in report.Runs.Reverse())
        {
            var quota = report.QuotaOf(run);
            w.Write($"<tr><td class=\"t\">{E(Instant(run.StartedAt))}<div class=\"note\">{E(run.Id)}</div></td><td class=\"s\">{E(string.Join(", ", run.Scopes))}</td>"
                    + $"<td><span class=\"badge {E(run.Outcome.ToString())}\">{E(run.Outcome.ToString())}</span></td>{Cell(run.Created)}{Cell(run.Updated)}"
                    + $"{Cell(run.Deleted)}{Cell(run.Failed)}{Cell(run.Held)}{Cell(HistoryReport.RejectedRows(run))}"
                    + $"<td class=\"n\">{E(run.Duration is { } d ? Span(d) : "–")}</td><td class=\"n\">{E($"{quota.Writes} / {quota.Reads}")}</td></tr>");
        }
        w.Write("</table></div>");
    }

    private static string Cell(int count) => count == 0 ? "<td class=\"n zero\">0</td>" : $"<td class=\"n\">{count}</td>";

    /// <summary>The day of each run; its time too when two runs share a day, to the second when they share a minute.</summary>
    private static IReadOnlyList<string> Labels(IReadOnlyList<SyncRunRecord> runs)
    {
        foreach (var format in new[] { "dd MMM", "dd MMM HH:mm", "dd MMM HH:mm:ss" })
        {
            var labels = runs.Select(r => r.StartedAt.UtcDateTime.ToString(format, CultureInfo.InvariantCulture)).ToList();
            if (labels.Distinct().Count() == labels.Count || format.EndsWith("ss", StringComparison.Ordinal)) return labels;
        }
        return [];
    }

    private static string Span(TimeSpan span) => span.TotalHours >= 1
        ? $"{(int)span.TotalHours} h {span.Minutes:00} min"
        : span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes} min {span.Seconds:00} s"
        : span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string E(string? text) => HtmlReportWriter.E(text);
}
