namespace N2fSync.Config;

/// <summary>Source checks beyond the shape of a row: value lengths N2F accepts.</summary>
public sealed class DataQualityOptions
{
    /// <summary>Longest value accepted per N2F field (users and axis values); 0 turns the check off for that field.</summary>
    public Dictionary<string, int> MaxLength { get; set; } =
        DataQualityDefaults.MaxLength.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
}
