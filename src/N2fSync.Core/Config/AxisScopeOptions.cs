namespace N2fSync.Config;

/// <summary>One axis scope: which analytics rows it takes and which N2F axis it writes.</summary>
public sealed class AxisScopeOptions
{
    /// <summary>Value of the analytics view's typ column for this scope (compared upper-cased), e.g. PROJECT.</summary>
    public string Type { get; set; } = "";

    /// <summary>N2F axis: the fixed id "projects", or the axis name looked up per company in GET companies/{uuid}/axes.</summary>
    public string Axis { get; set; } = "";

    /// <summary>Cultures the description is sent under and compared in.</summary>
    public List<string> Cultures { get; set; } = [.. AxisScopeDefaults.Cultures];

    /// <summary>Agresso statuses excluded from the sync; empty syncs every status.</summary>
    public List<string> ExcludeStatuses { get; set; } = [];
}
