namespace N2fSync.Reports;

/// <summary>One series of a <see cref="SvgChart"/>, a value per run: bars stack, a line is drawn over them.</summary>
internal sealed record ChartSeries(string Name, string Color, IReadOnlyList<double> Values, bool IsLine = false, bool Dashed = false);
