

namespace N2fSync.Config;

/// <summary>Structured logs for log collectors; off unless configured.</summary>
public sealed class LoggingOptions
{
    /// <summary>A file that receives one JSON object per line per API call and per change (appended); null for none.</summary>
    public string? Json { get; set; }
}
