using System.Globalization;

namespace N2fSync.Config;

/// <summary>
/// The values a number accepts: the bounds the check enforces, the phrase messages end with ("use 1 to 200"), and
/// the type the reference shows.
/// </summary>
internal sealed record OptionRange(double Min, double Max, string Allowed)
{
    public static OptionRange AtLeast(double min, string allowed) => new(min, double.MaxValue, allowed);

    public static OptionRange Between(double min, double max, string allowed) => new(min, max, allowed);

    public bool HasMax => Max < double.MaxValue;

    /// <summary>"whole number ≥ 0", "whole number > 0", "1 to 200", "0 to 100".</summary>
    public string TypeText(bool whole)
    {
        if (HasMax)
            return $"{Format(Min)} to {Format(Max)}";
        var noun = whole ? "whole number" : "number";
        return whole && Min == 1 ? $"{noun} > 0" : $"{noun} ≥ {Format(Min)}";
    }

    public static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
