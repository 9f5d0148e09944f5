using System.Globalization;

namespace N2fSync.Config;

/// <summary>Range checks that read the same everywhere: "0 is out of range; use 1 to 200."</summary>
internal static class RangeRule
{
    public static void Check(ConfigReadContext ctx, string key, double value, OptionRange range)
    {
        if (ctx.HasFailed(key) || (value >= range.Min && value <= range.Max))
            return;
        ctx.Error(key, $"{value.ToString(CultureInfo.InvariantCulture)} is out of range; use {range.Allowed}.");
    }
}
