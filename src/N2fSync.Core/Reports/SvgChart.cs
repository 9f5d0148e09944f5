using System.Globalization;
using System.Net;

namespace N2fSync.Reports;

/// <summary>
/// A chart of one value per run as inline SVG: bar series stack on one another, line series are drawn over them, each
/// point with a tooltip. Inline, so the page needs no script, font or file beside it and survives being mailed.
/// </summary>
internal static class SvgChart
{
    private const double Height = 236, Left = 56, Right = 12, Top = 12, Bottom = 36;
    private const int MaxLabels = 8;

    /// <summary>
    /// Writes the chart and its legend. <paramref name="format"/> says how a value reads (its unit included) with the
    /// given number of decimals: the grid's step needs, the tooltips one more;
    /// <paramref name="fixedMax"/> fixes the top of the scale (1 for shares), by default the tallest stack or point;
    /// <paramref name="whenEmpty"/> is said in the chart when every value is zero. <paramref name="width"/> is in the
    /// units of the drawing (the chart scales to its box; a wide box wants a wide drawing, not taller letters).
    /// </summary>
    public static void Write(TextWriter w, string id, string title, IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series,
        Func<double, int, string> format, bool integers, double? fixedMax, string whenEmpty, double width = 600)
    {
        var bars = series.Where(s => !s.IsLine).ToList();
        var lines = series.Where(s => s.IsLine).ToList();
        var count = labels.Count;
        var tallest = Math.Max(
            Enumerable.Range(0, count).Select(i => bars.Sum(s => s.Values[i])).DefaultIfEmpty(0).Max(),
            lines.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var (max, step) = fixedMax is { } fixedTop ? (fixedTop, fixedTop / 4) : Scale(tallest, integers);
        double plotWidth = width - Left - Right, plotHeight = Height - Top - Bottom;
        double Y(double value) => Top + plotHeight - Math.Min(value, max) / max * plotHeight;
        var band = plotWidth / Math.Max(1, count);
        double X(int i) => Left + band * (i + 0.5);
        var decimals = Decimals(step);

        w.Write($"<svg class=\"chart\" id=\"{E(id)}\" viewBox=\"0 0 {N(width)} {N(Height)}\" role=\"img\" aria-label=\"{E(title)}\">");
        for (var tick = 0.0; tick <= max + step / 1000; tick += step)
            w.Write($"<line class=\"grid\" x1=\"{N(Left)}\" x2=\"{N(width - Right)}\" y1=\"{N(Y(tick))}\" y2=\"{N(Y(tick))}\"/>"
                    + $"<text class=\"tick\" x=\"{N(Left - 6)}\" y=\"{N(Y(tick) + 4)}\" text-anchor=\"end\">{E(format(tick, decimals))}</text>");
        var every = (int)Math.Ceiling(count / (double)MaxLabels);
        for (var i = 0; i < count; i += every)
            w.Write($"<text class=\"tick\" x=\"{N(X(i))}\" y=\"{N(Height - Bottom + 16)}\" text-anchor=\"middle\">{E(labels[i])}</text>");

        var barWidth = Math.Max(2, Math.Min(26, band * 0.66));
        for (var i = 0; i < count; i++)
        {
            var stacked = 0.0;
            foreach (var s in bars.Where(s => s.Values[i] > 0))
            {
                var (y, bottom) = (Y(stacked + s.Values[i]), Y(stacked));
                w.Write($"<rect x=\"{N(X(i) - barWidth / 2)}\" y=\"{N(y)}\" width=\"{N(barWidth)}\" height=\"{N(Math.Max(1, bottom - y))}\" "
                        + $"fill=\"{s.Color}\"><title>{E($"{labels[i]}: {format(s.Values[i], decimals + 1)} {s.Name}")}</title></rect>");
                stacked += s.Values[i];
            }
        }
        foreach (var s in lines)
        {
            var points = string.Join(" ", s.Values.Select((v, i) => $"{N(X(i))},{N(Y(v))}"));
            w.Write($"<polyline points=\"{points}\" fill=\"none\" stroke=\"{s.Color}\" stroke-width=\"2\" stroke-linejoin=\"round\""
                    + (s.Dashed ? " stroke-dasharray=\"5 4\"" : "") + "/>");
            for (var i = 0; i < s.Values.Count; i++)
                w.Write($"<circle cx=\"{N(X(i))}\" cy=\"{N(Y(s.Values[i]))}\" r=\"3\" fill=\"{s.Color}\"><title>"
                        + $"{E($"{labels[i]}: {format(s.Values[i], decimals + 1)} {s.Name}")}</title></circle>");
        }
        w.Write($"<line class=\"axis\" x1=\"{N(Left)}\" x2=\"{N(width - Right)}\" y1=\"{N(Y(0))}\" y2=\"{N(Y(0))}\"/>");
        if (tallest <= 0)
            w.Write($"<text class=\"empty\" x=\"{N(Left + plotWidth / 2)}\" y=\"{N(Top + plotHeight / 2)}\" text-anchor=\"middle\">{E(whenEmpty)}</text>");
        w.Write("</svg><div class=\"legend\">");
        foreach (var s in series)
            w.Write($"<span><i class=\"{(s.IsLine ? "line" : "box")}{(s.Dashed ? " dashed" : "")}\" style=\"--c:{s.Color}\"></i>{E(s.Name)}</span>");
        w.Write("</div>");
    }

    /// <summary>A top and a step of 1, 2, 2.5 or 5 times a power of ten, so the grid reads in round numbers.</summary>
    internal static (double Max, double Step) Scale(double tallest, bool integers)
    {
        if (tallest <= 0) return integers ? (4, 1) : (1, 0.25);
        var rough = tallest / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = (rough / magnitude) switch
        {
            <= 1 => 1,
            <= 2 => 2,
            <= 2.5 => 2.5,
            <= 5 => 5,
            _ => 10,
        } * magnitude;
        if (integers) step = Math.Max(1, Math.Ceiling(step));
        return (Math.Ceiling(tallest / step - 1e-9) * step, step);
    }

    /// <summary>The decimals a step needs to read exactly (2.5 needs one, 0.05 two), so no two grid lines read alike.</summary>
    internal static int Decimals(double step)
    {
        for (var decimals = 0; decimals < 3; decimals++)
            if (Math.Abs(Math.Round(step, decimals) - step) < 1e-9) return decimals;
        return 3;
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
