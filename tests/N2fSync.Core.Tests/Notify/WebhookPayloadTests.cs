using System.Text.Json;
using N2fSync.Config;
using N2fSync.Notify;
using N2fSync.Store;
using N2fSync.Sync;
using N2fSync.Sync.Apply;

namespace N2fSync.Tests.Notify;

/// <summary>What Teams and Slack receive: their own message formats, with the facts, the failures and the held deletes.</summary>
public sealed class WebhookPayloadTests
{
    private static readonly RunNotice Notice = new()
    {
        Run = new SyncRunRecord { Id = "20261205-210000-ab12", Outcome = RunOutcome.PartialFailure, Created = 3, Failed = 12, Held = 1, Scopes = ["users"] },
        Target = "https://www.n2f.com/services/api/v2/ (client prod)", Events = [NotifyEvent.PartialFailure, NotifyEvent.Held],
        TopFailures = [.. Enumerable.Range(1, RunNotice.TopLines).Select(i => new NoticeLine("users", "BE01", $"agent.{i:00}@example.be",
            ChangeAction.Create, SyncOutcome.Failed, 400, "culture 'fr_BE' <unknown> & refused"))],
        MoreFailures = 2,
        HeldDeletes = [new NoticeLine("users", "BE02", "chloe.o'neil@example.be", ChangeAction.Delete, SyncOutcome.Held, null, "delete guard")],
    };

    private static JsonElement Parse(WebhookFormat format) => JsonDocument.Parse(WebhookPayload.Build(Notice, format)).RootElement;

    [Fact]
    public void Teams_IsAMessageWithAnAdaptiveCard_TitleFactsAndLists()
    {
        var root = Parse(WebhookFormat.Teams);

        Assert.Equal("message", root.GetProperty("type").GetString());
        var attachment = root.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var body = attachment.GetProperty("content").GetProperty("body").EnumerateArray().ToList();
        Assert.Equal("N2fSync PartialFailure: run 20261205-210000-ab12 (12 failed, 1 delete held)", body[0].GetProperty("text").GetString());
        Assert.Equal("Warning", body[0].GetProperty("color").GetString());
        var facts = body[1].GetProperty("facts").EnumerateArray().ToDictionary(f => f.GetProperty("title").GetString()!, f => f.GetProperty("value").GetString());
        Assert.Equal(("PartialFailure", "PartialFailure, Held"), (facts["Outcome"], facts["Because"]));
        Assert.Equal(["Failures", "Held deletes"], body.Where(b => b.TryGetProperty("weight", out _)).Skip(1).Select(b => b.GetProperty("text").GetString()));
        Assert.EndsWith("- and 2 more (see the report)", body[3].GetProperty("text").GetString());
    }

    [Fact]
    public void Slack_HasAFallbackTextAndBlocks_WithMarkupCharactersEscaped()
    {
        var root = Parse(WebhookFormat.Slack);

        Assert.Equal("N2fSync PartialFailure: run 20261205-210000-ab12 (12 failed, 1 delete held)", root.GetProperty("text").GetString());
        var blocks = root.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(["header", "section", "section", "section"], blocks.Select(b => b.GetProperty("type").GetString()));
        var failures = blocks[2].GetProperty("text").GetProperty("text").GetString()!;
        Assert.StartsWith("*Failures*\n• users BE01 agent.01@example.be: Create Failed (400): culture 'fr_BE' &lt;unknown&gt; &amp; refused", failures);
        Assert.Contains("chloe.o'neil@example.be", blocks[3].GetProperty("text").GetProperty("text").GetString());
    }

    [Fact]
    public void Json_CarriesEveryCountAndTheLinesAsFields()
    {
        var root = Parse(WebhookFormat.Json);

        Assert.Equal((3, 12, 1), (root.GetProperty("counts").GetProperty("created").GetInt32(), root.GetProperty("counts").GetProperty("failed").GetInt32(),
            root.GetProperty("counts").GetProperty("held").GetInt32()));
        Assert.Equal(RunNotice.TopLines, root.GetProperty("failures").GetArrayLength());
        Assert.Equal(2, root.GetProperty("moreFailures").GetInt32());
        Assert.Equal("Delete", root.GetProperty("heldDeletes")[0].GetProperty("action").GetString());
    }
}
