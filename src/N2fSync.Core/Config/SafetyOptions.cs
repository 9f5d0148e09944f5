

namespace N2fSync.Config;

/// <summary>The delete guard, the keys the sync never touches, and the failure ceiling.</summary>
public sealed class SafetyOptions
{
    /// <summary>Delete guard: planned deletes per scope and company above this count are held.</summary>
    public int MaxDeleteCount { get; set; } = SafetyDefaults.MaxDeleteCount;

    /// <summary>Delete guard: planned deletes above this share (percent) of the scope's N2F objects are held.</summary>
    public double MaxDeletePercent { get; set; } = SafetyDefaults.MaxDeletePercent;

    /// <summary>The percentage is checked only when a company has more planned deletes than this, so a small
    /// company losing one of three users is not held.</summary>
    public int PercentGuardFloor { get; set; } = SafetyDefaults.PercentGuardFloor;

    /// <summary>Keys (e-mails, codes) never created, updated or deleted, whatever the source says.</summary>
    public List<string> ProtectedKeys { get; set; } = [];

    /// <summary>Failure ceiling: the run stops after this many transport/5xx/timeout failures in a row.</summary>
    public int MaxConsecutiveFailures { get; set; } = SafetyDefaults.MaxConsecutiveFailures;

    /// <summary>Failure ceiling: the run stops when this share (percent) of its writes failed, once 20 were tried.</summary>
    public double MaxFailurePercent { get; set; } = SafetyDefaults.MaxFailurePercent;
}
