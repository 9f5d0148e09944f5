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

    private static List<NotifyEvent> ReadEvents(ConfigReadContext ctx, YamlNode node, string path) =>
        NameListReader.Read(ctx, node, path, EventNames, "an event").Select(n => (NotifyEvent)Enum.Parse(typeof(NotifyEvent), n)).ToList();
}
