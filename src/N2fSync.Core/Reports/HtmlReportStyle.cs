namespace N2fSync.Reports;

/// <summary>
/// The stylesheet of both HTML reports (a run, and the history of runs), inline: no external asset, font or script,
/// so a page survives being mailed or opened offline. System fonts; long keys wrap instead of widening the page.
/// </summary>
internal static class HtmlReportStyle
{
    public const string Css = """
        *{box-sizing:border-box}
        body{margin:0;background:#f6f8fa;color:#1f2328;font:14px/1.45 "Segoe UI",system-ui,-apple-system,"Helvetica Neue",Arial,sans-serif}
        main,header.top>div{max-width:1200px;margin:0 auto;padding:0 24px}
        main{padding-top:4px;padding-bottom:32px}
        header.top{background:#0b2a4a;color:#fff;padding:22px 0 20px;margin-bottom:16px}
        header.top h1{font-size:22px;font-weight:600;margin:0 0 4px}
        header.top .meta{color:#c9d6e3;font-size:13px}
        h2{font-size:16px;font-weight:600;margin:26px 0 10px}
        h3{font-size:14px;font-weight:600;margin:0}
        .note{color:#57606a;font-size:12px;margin:2px 0 8px}
        p.note{font-style:italic}
        .badge{display:inline-block;white-space:nowrap;padding:1px 10px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;vertical-align:2px;background:#57606a}
        .badge.Success{background:#1a7f37}.badge.PartialFailure{background:#9a6700}.badge.Stopped,.badge.Unfinished,.badge.Failed{background:#cf222e}
        .kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(120px,1fr));gap:12px}
        .kpi,.card{background:#fff;border:1px solid #d0d7de;border-radius:8px}
        .kpi{padding:12px 14px}
        .kpi .label{color:#57606a;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
        .kpi .value{font-size:24px;font-weight:600;margin-top:2px;font-variant-numeric:tabular-nums}
        .kpi .sub{color:#57606a;font-size:12px}
        .kpi.bad .value{color:#cf222e}.kpi.warn .value{color:#9a6700}.kpi.good .value{color:#1a7f37}
        .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(480px,1fr));gap:14px}
        .card{padding:14px 16px 12px;min-width:0}.card.wide{grid-column:1/-1}
        svg.chart{display:block;width:100%;height:auto;margin-top:6px}
        svg.chart .grid{stroke:#eaeef2;stroke-width:1}svg.chart .axis{stroke:#8c959f;stroke-width:1}
        svg.chart text{font:11px "Segoe UI",system-ui,Arial,sans-serif;fill:#57606a}
        svg.chart text.empty{font-size:13px;font-style:italic}
        .legend{display:flex;flex-wrap:wrap;gap:6px 16px;font-size:12px;color:#57606a;margin-top:4px}
        .legend i{display:inline-block;margin-right:6px;vertical-align:middle}
        .legend i.box{width:10px;height:10px;border-radius:2px;background:var(--c)}
        .legend i.line{width:18px;border-top:2px solid var(--c)}.legend i.dashed{border-top-style:dashed}
        .table{background:#fff;border:1px solid #d0d7de;border-radius:8px;overflow-x:auto}
        table{border-collapse:collapse;width:100%}
        th,td{padding:6px 9px;text-align:left;vertical-align:top;border-bottom:1px solid #eaeef2;overflow-wrap:break-word}
        th{background:#f6f8fa;color:#57606a;font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.03em}
        tr:last-child td{border-bottom:0}
        td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td.n{white-space:nowrap}
        td.t{white-space:nowrap}td.s{min-width:150px}
        table.facts th{width:190px;text-transform:none;font-size:13px;letter-spacing:0}
        tr.Failed td,tr.DependencyFailed td,tr.Unknown td{background:#fff5f5}tr.Held td{background:#fffbeb}
        .diff{margin:2px 0 0;padding-left:16px}.old{color:#cf222e}.new{color:#1a7f37}
        .zero{color:#8c959f}
        footer{color:#57606a;font-size:12px;margin-top:24px}
        """;
}
