namespace N2fSync.Config;

/// <summary>Checks <c>notify.webhook:</c> without ever quoting the URL, which grants whoever reads it the right to post.</summary>
internal static class WebhookRules
{
    public static void Check(ConfigReadContext ctx, string path, WebhookOptions webhook)
    {
        var key = path + ".url";
        if (ctx.HasFailed(key))
            return;
        if (webhook.Url is null)
        {
            ctx.ErrorNear(key, ctx.Nearest(key, path), "is required when notify.webhook is set (e.g. url: ${N2FSYNC_WEBHOOK_URL}).");
            return;
        }
        if (!Uri.TryCreate(webhook.Url.Reveal().Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            ctx.Error(key, "is not an absolute http or https URL (its value is not shown: it is a secret).");
            return;
        }
        InsecureHttpRule.Check(ctx, key, uri, webhook.AllowInsecureHttp, path + ".allowInsecureHttp", "the webhook URL and the run's details");
    }
}
