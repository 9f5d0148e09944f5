using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>Reads <c>safety:</c>, the delete guard and the keys the sync must never touch (decisions 12).</summary>
internal static class SafetySectionReader
{
    public static void Read(ConfigReadContext ctx, YamlNode node, SafetyOptions safety)
    {
        foreach (var (key, value) in ctx.Entries(node, "safety", ConfigKeys.Safety))
        {
            var path = "safety." + key;
            switch (key)
            {
                case "maxDeleteCount":
                    safety.MaxDeleteCount = ctx.ReadInt(value, path, "a count, 0 or more") ?? safety.MaxDeleteCount;
                    break;
                case "maxDeletePercent":
                    safety.MaxDeletePercent = ctx.ReadNumber(value, path, $"a percentage from 0 to {ConfigLimits.MaxDeletePercent}") ?? safety.MaxDeletePercent;
                    break;
                case "percentGuardFloor":
                    safety.PercentGuardFloor = ctx.ReadInt(value, path, "a count, 0 or more") ?? safety.PercentGuardFloor;
                    break;
                case "maxConsecutiveFailures":
                    safety.MaxConsecutiveFailures = ctx.ReadInt(value, path, "a count above 0") ?? safety.MaxConsecutiveFailures;
                    break;
                case "maxFailurePercent":
                    safety.MaxFailurePercent = ctx.ReadNumber(value, path, "a percentage from 0 to 100") ?? safety.MaxFailurePercent;
                    break;
                case "protectedKeys":
                    safety.ProtectedKeys = ctx.ReadList(value, path).Select(i => i.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                    break;
            }
        }
    }
}
