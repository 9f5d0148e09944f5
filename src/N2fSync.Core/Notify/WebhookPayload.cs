using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using N2fSync.Config;
using N2fSync.Sync.Apply;

namespace N2fSync.Notify;

/// <summary>
/// The body a webhook receives: N2fSync's own JSON object (every fact, for a script or a workflow), a Teams message
/// with an Adaptive Card (what Teams workflows and incoming webhooks accept), or a Slack message with blocks.
/// </summary>
internal static class WebhookPayload
{
    /// <summary>Slack refuses a text block longer than this.</summary>
    private const int SlackTextLimit = 3000;

    public static string Build(RunNotice notice, WebhookFormat format) => (format switch
    {
        WebhookFormat.Teams => Teams(notice),
        WebhookFormat.Slack => Slack(notice),
        _ => Json(notice),
    }).ToJsonString(new JsonSerializerOptions { WriteIndented = false });

    public static JsonObject Json(RunNotice n)
    {
        var counts = new JsonObject
        {
            ["created"] = n.Run.Created, ["updated"] = n.Run.Updated, ["deleted"] = n.Run.Deleted, ["failed"] = n.Run.Failed,
            ["held"] = n.Run.Held, ["skipped"] = n.Run.Skipped, ["unchanged"] = n.Run.Unchanged, ["rejectedRows"] = n.RejectedRows, ["newRejectedRows"] = n.NewRejectedRows,
        };
        return new JsonObject
        {
            ["source"] = "N2fSync", ["test"] = n.Test, ["title"] = n.Title, ["text"] = n.Text(),
            ["runId"] = n.Test ? null : n.RunId, ["outcome"] = n.Test ? null : n.Outcome.ToString(),
            ["events"] = new JsonArray([.. n.Events.Select(e => (JsonNode?)e.ToString())]),
            ["reason"] = n.Reason, ["target"] = n.Target, ["configPath"] = n.Run.ConfigPath, ["host"] = n.Run.Host,
            ["user"] = n.Run.UserName, ["startedAt"] = n.Run.StartedAt.UtcDateTime, ["endedAt"] = n.Run.EndedAt?.UtcDateTime,
            ["scopes"] = new JsonArray([.. n.Run.Scopes.Select(s => (JsonNode?)s)]), ["counts"] = counts,
            ["failures"] = Lines(n.TopFailures), ["moreFailures"] = n.MoreFailures,
            ["heldDeletes"] = Lines(n.HeldDeletes), ["moreHeldDeletes"] = n.MoreHeld,
            ["newRejectedRows"] = new JsonArray([.. n.NewRejectedKeys.Select(k => (JsonNode?)k)]),
        };
    }

    public static JsonObject Teams(RunNotice n)
    {
        var body = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "TextBlock", ["text"] = n.Title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true,
                ["color"] = n.Test || n.Outcome == RunOutcome.Success ? "Good" : n.Outcome == RunOutcome.Failed ? "Attention" : "Warning",
            },
            new JsonObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JsonArray([.. n.Facts().Select(f => (JsonNode?)new JsonObject { ["title"] = f.Name, ["value"] = f.Value })]),
            },
        };
        foreach (var (heading, lines) in Sections(n))
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = heading, ["weight"] = "Bolder", ["wrap"] = true });
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = string.Join("\n", lines.Select(l => "- " + l)), ["wrap"] = true });
        }
        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json", ["type"] = "AdaptiveCard", ["version"] = "1.4",
            ["msteams"] = new JsonObject { ["width"] = "Full" }, ["body"] = body,
        };
        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.card.adaptive", ["contentUrl"] = null, ["content"] = card,
            }),
        };
    }

    public static JsonObject Slack(RunNotice n)
    {
        var facts = string.Join("\n", n.Facts().Select(f => $"*{SlackEscape(f.Name)}:* {SlackEscape(f.Value)}"));
        var blocks = new JsonArray
        {
            new JsonObject { ["type"] = "header", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Cut(n.Title, 150) } },
            SlackSection(facts),
        };
        foreach (var (heading, lines) in Sections(n))
            blocks.Add(SlackSection($"*{SlackEscape(heading)}*\n" + string.Join("\n", lines.Select(l => "• " + SlackEscape(l)))));
        return new JsonObject { ["text"] = n.Title, ["blocks"] = blocks };
    }

    /// <summary>The lists under their headings, with a last line saying how many more the report has.</summary>
    private static IEnumerable<(string Heading, IReadOnlyList<string> Lines)> Sections(RunNotice n)
    {
        foreach (var (heading, lines, more) in new[]
                 {
                     ("Failures", n.TopFailures.Select(l => l.ToString()).ToList(), n.MoreFailures),
                     ("Held deletes", n.HeldDeletes.Select(l => l.ToString()).ToList(), n.MoreHeld),
                     ("New rejected rows", n.NewRejectedKeys.ToList(), n.NewRejectedRows - n.NewRejectedKeys.Count),
                 })
        {
            if (lines.Count == 0) continue;
            if (more > 0) lines.Add($"and {more} more (see the report)");
            yield return (heading, lines);
        }
    }

    private static JsonArray Lines(IReadOnlyList<NoticeLine> lines) => new([.. lines.Select(l => (JsonNode?)new JsonObject
    {
        ["scope"] = l.Scope, ["company"] = l.Company, ["key"] = l.Key, ["action"] = l.Action.ToString(),
        ["outcome"] = l.Outcome.ToString(), ["status"] = l.StatusCode, ["message"] = l.Message,
    })]);

    private static JsonObject SlackSection(string text) =>
        new() { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = Cut(text, SlackTextLimit) } };

    /// <summary>Slack reads &amp;, &lt; and &gt; as markup: a key or an N2F message must not become a link or a mention.</summary>
    private static string SlackEscape(string text) => new StringBuilder(text).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").ToString();

    private static string Cut(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1) + "…";
}
