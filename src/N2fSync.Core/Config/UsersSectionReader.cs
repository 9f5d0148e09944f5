using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>Reads <c>users:</c>, the choices that shape user payloads.</summary>
internal static class UsersSectionReader
{
    public static readonly IReadOnlyList<(string Name, MissingManagerPolicy Value)> MissingManagerPolicies =
        [("fail", MissingManagerPolicy.Fail), ("sendEmpty", MissingManagerPolicy.SendEmpty)];

    public static void Read(ConfigReadContext ctx, YamlNode node, UsersOptions users)
    {
        foreach (var (key, value) in ctx.Entries(node, "users", ConfigKeys.Users))
        {
            var path = "users." + key;
            switch (key)
            {
                case "extraFields":
                    users.ExtraFields = ReadExtraFields(ctx, value, path);
                    break;
                case "missingManager":
                    users.MissingManager = ctx.ReadChoice(value, path, MissingManagerPolicies, "a missing-manager policy") ?? users.MissingManager;
                    break;
                case "defaultRole":
                    users.DefaultRole = ctx.ReadText(value, path) ?? users.DefaultRole;
                    break;
                case "defaultProfile":
                    users.DefaultProfile = ctx.ReadText(value, path) ?? users.DefaultProfile;
                    break;
                case "defaultStructure":
                    users.DefaultStructure = ctx.ReadText(value, path) ?? users.DefaultStructure;
                    break;
            }
        }
    }

    // Stored in the canonical spelling so the payload builder can compare ordinally.
    private static List<string> ReadExtraFields(ConfigReadContext ctx, YamlNode node, string path)
    {
        var fields = new List<string>();
        foreach (var item in ctx.ReadList(node, path))
        {
            var known = ConfigLimits.UserExtraFields.FirstOrDefault(f => f.Equals(item.Value, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                var suggestion = KeySuggestion.Closest(item.Value, ConfigLimits.UserExtraFields);
                var hint = suggestion is null ? "" : $" Did you mean '{suggestion}'?";
                ctx.Error(item.Key, $"'{item.Value}' is not an optional user field; use {ConfigText.OneOf(ConfigLimits.UserExtraFields)}.{hint}");
            }
            else if (!fields.Contains(known))
            {
                fields.Add(known);
            }
        }
        return fields;
    }
}
