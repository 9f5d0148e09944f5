

namespace N2fSync.Config;

/// <summary>The keys of <c>safety:</c>, the delete guard, the protected keys and the failure ceiling.</summary>
internal static class SafetySchema
{
    private static readonly OptionRange Count = OptionRange.AtLeast(0, "a count, 0 or more");

    private static readonly OptionRange Percent =
        OptionRange.Between(0, SafetyDefaults.MaxPercent, $"a percentage from 0 to {SafetyDefaults.MaxPercent}");

    public static readonly ConfigSection<SafetyOptions> Section = new("safety",
    [
        Option.WholeNumber<SafetyOptions>("maxDeleteCount", Count, s => s.MaxDeleteCount, (s, v) => s.MaxDeleteCount = v,
            "Delete guard: planned deletes per scope and company above this count are held.") with { Example = "20" },
        Option.Number<SafetyOptions>("maxDeletePercent", Percent, s => s.MaxDeletePercent, (s, v) => s.MaxDeletePercent = v,
            "Delete guard: planned deletes above this share of the company's N2F objects in the scope are held.") with { Example = "2.5" },
        Option.WholeNumber<SafetyOptions>("percentGuardFloor", Count, s => s.PercentGuardFloor, (s, v) => s.PercentGuardFloor = v,
            "The percentage is checked only above this many planned deletes in a company.") with { Example = "3" },
        Option.List<SafetyOptions>("protectedKeys", s => s.ProtectedKeys, (s, v) => s.ProtectedKeys = v,
            "Keys (e-mails, codes) never created, updated or deleted, whatever the source says.") with { Example = "[admin@example.be]" },
        Option.WholeNumber<SafetyOptions>("maxConsecutiveFailures", OptionRange.AtLeast(1, "a count above 0"),
            s => s.MaxConsecutiveFailures, (s, v) => s.MaxConsecutiveFailures = v, "Failure ceiling: the run stops after this many writes in a row failed.")
            with { Example = "5" },
        Option.Number<SafetyOptions>("maxFailurePercent", Percent, s => s.MaxFailurePercent, (s, v) => s.MaxFailurePercent = v,
            "Failure ceiling: the run stops when more than this share of its writes failed.") with { Example = "50" },
    ]);
}
