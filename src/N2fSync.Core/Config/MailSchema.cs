using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>The keys of <c>notify.mail:</c>.</summary>
internal static class MailSchema
{
    private const string Required = "required";

    public static readonly ConfigSection<MailOptions> Section = new("notify.mail",
    [
        Option.Text<MailOptions>("smtpServer", m => m.SmtpServer, (m, v) => m.SmtpServer = v, "The SMTP server.")
            with { TypeText = "host name", DefaultNote = Required, Example = "smtp.example.com" },
        Option.WholeNumber<MailOptions>("port", OptionRange.Between(1, NotifyDefaults.MaxPort, $"a port from 1 to {NotifyDefaults.MaxPort}"),
            m => m.Port, (m, v) => m.Port = v, "The SMTP port.") with { Example = "465" },
        Option.Text<MailOptions>("from", m => m.From, (m, v) => m.From = v, "The sender.")
            with { TypeText = "e-mail address", DefaultNote = Required, Example = "n2fsync@example.com" },
        new OptionSpec<MailOptions>("to", "list of e-mail addresses", "The recipients.")
        {
            DefaultNote = Required,
            Example = "[it-ops@example.com, Helene.Dupont@example.be]",
            Read = (ctx, node, path, m) => m.To = ReadAddresses(ctx, node, path),
            ShowValue = m => m.To.Count == 0 ? null : Option.ShowList(m.To),
        },
        Option.Text<MailOptions>("user", m => m.User, (m, v) => m.User = v, "SMTP login.")
            with { DefaultNote = "none: no sign-in", Example = "n2fsync" },
        Option.SecretValue<MailOptions>("password", null, m => m.Password, (m, v) => m.Password = v, "SMTP password.")
            with { Example = "smtp-pass" },
        Option.Text<MailOptions>("passwordSecretName", m => m.PasswordSecretName, (m, v) => m.PasswordSecretName = v,
            "Name of the SMTP password in a SecretManagement vault.") with { Example = "SmtpPassword" },
    ], MailRules.Check);

    private static List<string> ReadAddresses(ConfigReadContext ctx, YamlNode node, string path)
    {
        var addresses = new List<string>();
        foreach (var item in ctx.ReadList(node, path))
        {
            if (!MailRules.IsAddress(item.Value))
                ctx.Error(item.Key, $"'{item.Value}' is not an e-mail address (e.g. it-ops@example.com).");
            else if (!addresses.Contains(item.Value, StringComparer.OrdinalIgnoreCase))
                addresses.Add(item.Value);
        }
        return addresses;
    }
}
