

namespace N2fSync.Agresso;

/// <summary>
/// A normalized row of the Agresso analytics view (domain.md §3.2 and 4.2): one value of one analytic axis in one company.
/// The key is the code alone; the same code in two companies is two values (domain.md §10.3), so the planner keys by
/// company, axis and code.
/// </summary>
public sealed class AgressoAxisValue : AgressoEntity
{
    internal AgressoAxisValue(string scope, int rowNumber) : base(scope, rowNumber) { }

    /// <summary>The code, trimmed, exact case: what N2F keys the value by within a company and axis.</summary>
    public override string Key => Code;

    /// <summary>Agresso company code (the view's client column).</summary>
    public override string Company => CompanyCode;

    /// <summary>The view's typ column, upper-cased (PROJECT, PLAQUE, SUBPOST, or a customer's own).</summary>
    public string Type { get; internal set; } = "";

    public string Code { get; internal set; } = "";

    /// <summary>The label, sent under every configured culture.</summary>
    public string Description { get; internal set; } = "";

    /// <summary>Agresso status (N, C, P...), synced whatever it is unless the scope excludes it (decisions.md §18).</summary>
    public string Status { get; internal set; } = "";

    /// <summary>First valid day; null when the value has no start.</summary>
    public DateTime? ValidFrom { get; internal set; }

    /// <summary>Last valid day; null when the value has no end (2099-12-31 in Agresso).</summary>
    public DateTime? ValidTo { get; internal set; }

    internal string CompanyCode { get; set; } = "";

    public override string ToString() => $"{Code} ({CompanyCode})";
}
