namespace N2fSync.Reports;

/// <summary>The report's inline stylesheet: no external asset, so the page survives being mailed or opened offline.</summary>
internal static class HtmlReportStyle
{
    public const string Css = """
        body{font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328;margin:24px;max-width:1200px}
        h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
        .meta{color:#57606a;margin-bottom:12px}
        .badge{display:inline-block;padding:2px 10px;border-radius:12px;font-weight:600;color:#fff}
        .Success{background:#1a7f37}.PartialFailure{background:#bf8700}.Stopped,.Unfinished{background:#cf222e}
        table{border-collapse:collapse;width:100%;margin:4px 0 8px}
        th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
        th{background:#f6f8fa}td.n{text-align:right}
        tr.Failed td,tr.DependencyFailed td,tr.Unknown td{background:#ffebe9}tr.Held td{background:#fff8c5}
        .counts td{min-width:70px}.diff{margin:0;padding-left:16px}.old{color:#cf222e}.new{color:#1a7f37}
        .note{color:#57606a;font-style:italic}
        """;
}
