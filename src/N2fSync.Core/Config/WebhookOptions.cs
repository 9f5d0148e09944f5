namespace N2fSync.Config;

/// <summary>A webhook that receives a run's notification.</summary>
public sealed class WebhookOptions
{
    /// <summary>The URL posted to. A secret: for Teams and Slack, whoever has the URL can post to the channel.</summary>
    public Secret? Url { get; set; }

    public WebhookFormat Format { get; set; } = NotifyDefaults.Format;

    /// <summary>Allows a plain http:// URL to a host other than this machine (a warning then).</summary>
    public bool AllowInsecureHttp { get; set; }
}
