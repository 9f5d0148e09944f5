using System.Text.RegularExpressions;

namespace N2fSync.Config;

/// <summary>Checks <c>notify.mail:</c>: a server, a sender and recipients, and a login for a password.</summary>
internal static class MailRules
{
    // Deliberately simple, like the check of source e-mails: one @, no white space, a dot inside the domain.
    private static readonly Regex Address = new(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant);

    public static bool IsAddress(string text) => Address.IsMatch(text);

    public static void Check(ConfigReadContext ctx, string path, MailOptions mail)
    {
        var near = ctx.Nearest(path);
        var server = path + ".smtpServer";
        if (mail.SmtpServer is null)
            Require(ctx, server, near, "is required when notify.mail is set (e.g. smtp.example.com).");
        else if (Uri.CheckHostName(mail.SmtpServer) == UriHostNameType.Unknown)
            ctx.Error(server, $"'{mail.SmtpServer}' is not a host name; give the server alone, e.g. smtp.example.com (the port goes in port).");

        var from = path + ".from";
        if (mail.From is null)
            Require(ctx, from, near, "is required when notify.mail is set (e.g. n2fsync@example.com).");
        else if (!ctx.HasFailed(from) && !IsAddress(mail.From))
            ctx.Error(from, $"'{mail.From}' is not an e-mail address (e.g. n2fsync@example.com).");

        if (mail.To.Count == 0)
            Require(ctx, path + ".to", near, "needs at least one address, e.g. [it-ops@example.com].");

        if ((mail.Password is not null || mail.PasswordSecretName is not null) && mail.User is null)
        {
            var secretKey = path + (mail.Password is not null ? ".password" : ".passwordSecretName");
            ctx.ErrorNear(secretKey, ctx.Nearest(secretKey, path), $"is set but {path}.user is not; give the SMTP login too.");
        }
    }

    private static void Require(ConfigReadContext ctx, string key, YamlDotNet.Core.Mark? near, string message)
    {
        if (!ctx.HasFailed(key) && !ctx.HasFailedUnder(key))
            ctx.ErrorNear(key, ctx.Nearest(key) ?? near, message);
    }
}
