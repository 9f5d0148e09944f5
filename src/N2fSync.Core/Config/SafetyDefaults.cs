namespace N2fSync.Config;

/// <summary>Defaults and limits of <c>safety:</c>.</summary>
public static class SafetyDefaults
{
    public const int MaxDeleteCount = 50;
    public const double MaxDeletePercent = 10;
    public const int PercentGuardFloor = 5;
    public const int MaxConsecutiveFailures = 10;
    public const double MaxFailurePercent = 25;

    /// <summary>Percentages are of a whole.</summary>
    public const double MaxPercent = 100;
}
