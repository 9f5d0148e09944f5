using System.Globalization;

namespace N2fSync.Config;

/// <summary>Range checks that read the same everywhere: "0 is out of range; use 1 to 200."</summary>
internal static class RangeRule
{
    public static void Check(ConfigReadContext ctx, string key, double value, double min, double max, string allowed)
    {
        if (ctx.HasFailed(key) || (value >= min && value <= max))
            return;
        ctx.Error(key, $"{value.ToString(CultureInfo.InvariantCulture)} is out of range; use {allowed}.");
    }

    public static void AtLeast(ConfigReadContext ctx, string key, double value, double min, string allowed) =>
        Check(ctx, key, value, min, double.MaxValue, allowed);
}
