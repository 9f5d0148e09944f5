using System.Globalization;
using System.Net;
using System.Text;
using N2fSync.Agresso;
using N2fSync.Output;
using N2fSync.Store;
using N2fSync.Sync;

namespace N2fSync.Reports;

/// <summary>
/// A run as one self-contained HTML page an admin can mail: counts first, then failures, held deletes and rows not
/// sent with their reasons, then the per-field changes, the data-quality issues to fix in Agresso, and the metrics.
/// Every value is HTML-encoded: Agresso data is text, never markup.
/// </summary>
internal sealed class HtmlReportWriter(int maxRowsPerSection = 2000)
{
    public void Write(RunReport report, Stream output)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(false), 65536, leaveOpen: true);
        var run = report.Run;
        w.Write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.Write($"<title>N2fSync run {E(run.Id)}</title><style>{HtmlReportStyle.Css}</style></head><body>");
        w.Write($"<header class=\"top\"><div><h1>N2fSync run {E(run.Id)} <span class=\"badge {E(run.Outcome.ToString())}\">{E(run.Outcome.ToString())}</span></h1>");
        w.Write($"<div class=\"meta\">{E(Instant(run.StartedAt))} to {E(run.EndedAt is { } end ? Instant(end) : "(unfinished)")}"
                + $" · scopes {E(string.Join(", ", run.Scopes))} · {E(run.UserName)} on {E(run.Host)}</div></div></header><main>");
        if (run.StoppedBecause is { } why) w.Write($"<p><strong>Stopped:</strong> {E(why)}</p>");
        WriteCounts(w, run);
        foreach (var (title, outcomes) in RunReport.Groups) WriteChanges(w, report, title, outcomes);
        WriteIssues(w, report.DataIssues);
        WriteMetrics(w, run);
        w.Write("<footer>Written by Export-N2fSyncReport. Times are UTC.</footer></main></body></html>");
    }

    private static void WriteCounts(StreamWriter w, SyncRunRecord run)
    {
        w.Write("<h2>Counts</h2><section class=\"kpis\">");
        foreach (var (name, count) in JsonReportWriter.Counts(run))
        {
            var tone = count == 0 ? "" : name is "failed" ? " bad" : name is "held" or "refused" or "dataIssues" ? " warn" : "";
            w.Write($"<div class=\"kpi{tone}\"><div class=\"label\">{E(name == "dataIssues" ? "data issues" : name)}</div><div class=\"value\">{count}</div></div>");
        }
        w.Write("</section>");
        foreach (var c in run.Completeness) w.Write($"<div class=\"note\">Completeness: {E(c.ToString())}</div>");
    }

    private void WriteChanges(StreamWriter w, RunReport report, string title, IReadOnlyCollection<Sync.Apply.SyncOutcome> outcomes)
    {
        var shown = 0;
        var more = 0;
        report.ForEachChange(outcomes, c =>
        {
            if (shown == 0)
                w.Write($"<h2>{E(title)}</h2><div class=\"table\"><table><tr><th>Scope</th><th>Company</th><th>Key</th><th>Action</th><th>Outcome</th>"
                        + "<th>Status</th><th>Why / what changed</th></tr>");
            if (shown >= maxRowsPerSection)
            {
                more++;
                return;
            }
            shown++;
            w.Write($"<tr class=\"{E(c.Outcome.ToString())}\"><td>{E(c.Scope)}</td><td>{E(c.Company)}</td><td>{E(c.Key)}</td>"
                    + $"<td>{E(c.Action.ToString())}</td><td>{E(c.Outcome.ToString())}</td>"
                    + $"<td class=\"n\">{E(c.StatusCode?.ToString(CultureInfo.InvariantCulture))}</td><td>");
            if (!string.IsNullOrEmpty(c.Message)) w.Write($"<div>{E(c.Message)}</div>");
            if (c.Differences.Count > 0)
            {
                w.Write("<ul class=\"diff\">");
                foreach (var d in c.Differences)
                    w.Write($"<li>{E(d.Field)}: <span class=\"old\">{E(ValueText.Display(d.N2fValue))}</span> → "
                            + $"<span class=\"new\">{E(ValueText.Display(d.AgressoValue))}</span></li>");
                w.Write("</ul>");
            }
            w.Write("</td></tr>");
        });
        if (shown > 0) w.Write("</table></div>");
        if (more > 0) w.Write($"<p class=\"note\">{more} more not shown; Export-N2fSyncReport -Format Csv lists them all.</p>");
    }

    private static void WriteIssues(StreamWriter w, IReadOnlyList<DataIssue> issues)
    {
        w.Write("<h2>Data-quality issues to fix in Agresso</h2>");
        if (issues.Count == 0)
        {
            w.Write("<p class=\"note\">None.</p>");
            return;
        }
        w.Write("<div class=\"table\"><table><tr><th>Scope</th><th>Row</th><th>Key</th><th>Field</th><th>Kind</th><th>Problem</th><th>Blocking</th></tr>");
        foreach (var i in issues)
            w.Write($"<tr><td>{E(i.Scope)}</td><td>{E(i.SourceLocation)}</td><td>{E(i.Key)}</td><td>{E(i.Field)}</td>"
                    + $"<td>{E(i.Kind.ToString())}</td><td>{E(i.Message)}</td><td>{(i.IsBlocking ? "yes" : "no")}</td></tr>");
        w.Write("</table></div>");
    }

    private static void WriteMetrics(StreamWriter w, SyncRunRecord run)
    {
        if (run.Metrics is not { } m) return;
        w.Write("<h2>Metrics</h2><div class=\"table\"><table class=\"facts\">");
        Row(w, "Duration", F("{0:0.0} s", m.DurationSeconds));
        Row(w, "Rows", F("{0} ({1:0.##} per second)", m.Rows, m.RowsPerSecond));
        Row(w, "API calls", string.Join(", ", m.ApiCalls.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value}")));
        Row(w, "Latency", m.Latency.ToString());
        Row(w, "Retries / 429", F("{0} / {1}", m.Retries, m.Throttled));
        Row(w, "Cache", F("{0} hits, {1} misses{2}", m.CacheHits, m.CacheMisses,
            m.CacheHitRate is { } rate ? F(" ({0:0.#} %)", 100 * rate) : ""));
        Row(w, "Write success", m.WriteSuccessRate is { } success ? F("{0:0.#} %", 100 * success) : "no writes");
        Row(w, "Peak working set", F("{0:0.#} MB", m.PeakWorkingSetMegabytes));
        w.Write("</table></div>");
    }

    private static void Row(StreamWriter w, string name, string value) => w.Write($"<tr><th>{E(name)}</th><td>{E(value)}</td></tr>");

    private static string F(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>HTML-encodes text for element content and attribute values (quotes included).</summary>
    internal static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
