using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>The keys of <c>users:</c>, the choices that shape user payloads.</summary>
internal static class UsersSchema
{
    public static readonly IReadOnlyList<(string Name, MissingManagerPolicy Value)> MissingManagerPolicies =
        [("fail", MissingManagerPolicy.Fail), ("sendEmpty", MissingManagerPolicy.SendEmpty)];

    public static readonly ConfigSection<UsersOptions> Section = new("users",
    [
        new OptionSpec<UsersOptions>("extraFields", "list", "Optional N2F user fields, off unless listed.")
        {
            Read = (ctx, node, path, u) => u.ExtraFields = ReadExtraFields(ctx, node, path),
            ShowValue = u => Option.ShowList(u.ExtraFields),
            Example = "[ssoLogin]",
        },
        Option.Choice<UsersOptions, MissingManagerPolicy>("missingManager", MissingManagerPolicies, "a missing-manager policy",
            u => u.MissingManager, (u, v) => u.MissingManager = v, "What to do when a user's manager is neither in the source nor in N2F.") with { Example = "sendEmpty" },
        Option.Text<UsersOptions>("defaultRole", u => u.DefaultRole, (u, v) => u.DefaultRole = v ?? u.DefaultRole,
            "Sent when the source's role is empty.") with { Example = "Manager" },
        Option.Text<UsersOptions>("defaultProfile", u => u.DefaultProfile, (u, v) => u.DefaultProfile = v ?? u.DefaultProfile,
            "Sent when the source's profile is empty.") with { Example = "Premium" },
        Option.Text<UsersOptions>("defaultStructure", u => u.DefaultStructure, (u, v) => u.DefaultStructure = v ?? u.DefaultStructure,
            "Sent when the source's structure is empty.") with { Example = "L2" },
    ]);

    // Stored in the canonical spelling so the payload builder can compare ordinally.
    private static List<string> ReadExtraFields(ConfigReadContext ctx, YamlNode node, string path) =>
        NameListReader.Read(ctx, node, path, UsersDefaults.ExtraFieldChoices, "an optional user field");
}
