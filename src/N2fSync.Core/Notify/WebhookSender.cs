using System.Net.Http.Headers;
using System.Text;
using N2fSync.Config;

namespace N2fSync.Notify;

/// <summary>
/// Posts a notice to notify.webhook. The URL is a capability (whoever has it can post to the channel), so it is
/// revealed only to the request itself; messages name the webhook by its host.
/// </summary>
internal sealed class WebhookSender(WebhookOptions options, HttpClient http)
{
    /// <summary>A webhook that does not answer within this is reported as failed; the run is not held up longer.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>The longest part of a refusal's body a message quotes (Slack and Teams say what they disliked there).</summary>
    private const int QuotedBody = 200;

    private readonly Uri? _url = Uri.TryCreate(options.Url?.Reveal().Trim(), UriKind.Absolute, out var url) ? url : null;

    /// <summary>"webhook (teams) at hooks.example.com": the host alone, never the path or query that grant posting.</summary>
    public string Destination =>
        $"webhook ({options.Format.ToString().ToLowerInvariant()}) at {(_url is null ? "(no URL)" : _url.IsDefaultPort ? _url.Host : $"{_url.Host}:{_url.Port}")}";

    public async Task<SendOutcome> SendAsync(RunNotice notice, CancellationToken cancellationToken)
    {
        if (_url is null) return SendOutcome.Failed("notify.webhook.url is not an absolute URL.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        using var content = new StringContent(WebhookPayload.Build(notice, options.Format), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        try
        {
            using var response = await http.PostAsync(_url, content, timeout.Token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode) return SendOutcome.Ok(notice.Title);
            var body = (await response.Content.ReadAsStringAsync().ConfigureAwait(false)).Trim();
            if (body.Length > QuotedBody) body = body.Substring(0, QuotedBody) + "…";
            return SendOutcome.Failed($"the webhook answered {(int)response.StatusCode} {response.ReasonPhrase}" + (body.Length > 0 ? $": {body}" : "."));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendOutcome.Failed($"the webhook did not answer within {Timeout.TotalSeconds:0} s.");
        }
        catch (HttpRequestException e)
        {
            // The exception names the host at most; the notifier scrubs the URL from every message anyway.
            return SendOutcome.Failed($"the webhook could not be reached: {Innermost(e).Message}");
        }
    }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;
}
