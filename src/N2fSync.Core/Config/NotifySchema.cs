using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>The keys of <c>notify:</c>: which events are told, and to whom (a webhook, a mail).</summary>
internal static class NotifySchema
{
    private static readonly IReadOnlyList<string> EventNames = Enum.GetNames(typeof(NotifyEvent));

    public static readonly ConfigSection<NotifyOptions> Section = new("notify",
    [
        new OptionSpec<NotifyOptions>("on", "list of " + string.Join(@" \| ", EventNames.Select(n => $"`{n}`")), "The events that send a notification.")
        {
            Read = (ctx, node, path, n) => n.On = ReadEvents(ctx, node, path),
            ShowValue = n => Option.ShowList(n.On.Select(e => e.ToString())),
            Example = "[Failed, NewRejectedRows]",
        },
        Option.OptionalSection<NotifyOptions, WebhookOptions>("webhook", WebhookSchema.Section, n => n.Webhook, (n, v) => n.Webhook = v,
            "A webhook that receives each notification."),
        Option.OptionalSection<NotifyOptions, MailOptions>("mail", MailSchema.Section, n => n.Mail, (n, v) => n.Mail = v,
            "A mail sent for each notification."),
    ]);

    private static List<NotifyEvent> ReadEvents(ConfigReadContext ctx, YamlNode node, string path)
    {
        var events = new List<NotifyEvent>();
        foreach (var item in ctx.ReadList(node, path))
        {
            var known = EventNames.FirstOrDefault(n => n.Equals(item.Value, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                var suggestion = KeySuggestion.Closest(item.Value, EventNames);
                var hint = suggestion is null ? "" : $" Did you mean '{suggestion}'?";
                ctx.Error(item.Key, $"'{item.Value}' is not an event; use {ConfigText.OneOf(EventNames)}.{hint}");
                continue;
            }
            var value = (NotifyEvent)Enum.Parse(typeof(NotifyEvent), known);
            if (!events.Contains(value))
                events.Add(value);
        }
        return events;
    }
}
