namespace N2fSync.Config;

/// <summary>The keys of <c>notify.webhook:</c>.</summary>
internal static class WebhookSchema
{
    public static readonly IReadOnlyList<(string Name, WebhookFormat Value)> Formats =
        [("json", WebhookFormat.Json), ("teams", WebhookFormat.Teams), ("slack", WebhookFormat.Slack)];

    public static readonly ConfigSection<WebhookOptions> Section = new("notify.webhook",
    [
        Option.SecretValue<WebhookOptions>("url", null, w => w.Url, (w, v) => w.Url = v, "The URL posted to.")
            with { TypeText = "absolute http(s) URL, secret", DefaultNote = "required", Example = "https://hooks.example.com/n2fsync" },
        Option.Choice<WebhookOptions, WebhookFormat>("format", Formats, "a webhook format", w => w.Format, (w, v) => w.Format = v,
            "The body posted.") with { Example = "teams" },
        Option.Flag<WebhookOptions>("allowInsecureHttp", w => w.AllowInsecureHttp, (w, v) => w.AllowInsecureHttp = v,
            "Allows a plain `http://` `url` to a host other than this machine.") with { Example = "true" },
    ], WebhookRules.Check);
}
