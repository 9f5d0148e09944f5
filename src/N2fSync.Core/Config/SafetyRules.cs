namespace N2fSync.Config;

/// <summary>Checks <c>safety:</c>, the delete guard's thresholds (decisions 12).</summary>
internal static class SafetyRules
{
    public static void Check(ConfigReadContext ctx, SafetyOptions safety)
    {
        RangeRule.AtLeast(ctx, "safety.maxDeleteCount", safety.MaxDeleteCount, 0, "a count, 0 or more");
        RangeRule.Check(ctx, "safety.maxDeletePercent", safety.MaxDeletePercent, 0, ConfigLimits.MaxDeletePercent,
            $"a percentage from 0 to {ConfigLimits.MaxDeletePercent}");
        RangeRule.AtLeast(ctx, "safety.percentGuardFloor", safety.PercentGuardFloor, 0, "a count, 0 or more");
        RangeRule.AtLeast(ctx, "safety.maxConsecutiveFailures", safety.MaxConsecutiveFailures, 1, "a count above 0");
        RangeRule.Check(ctx, "safety.maxFailurePercent", safety.MaxFailurePercent, 0, 100, "a percentage from 0 to 100");
    }
}
