using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>Reads <c>quotas:</c>, N2F's per-client call quotas by day and by night (domain 2.5, decisions 19, 21).</summary>
internal static class QuotasSectionReader
{
    public static void Read(ConfigReadContext ctx, YamlNode node, QuotaOptions quotas)
    {
        foreach (var (key, value) in ctx.Entries(node, "quotas", ConfigKeys.Quotas))
        {
            var path = "quotas." + key;
            switch (key)
            {
                case "timeZone":
                    quotas.TimeZone = ctx.ReadText(value, path) ?? quotas.TimeZone;
                    break;
                case "dayStarts":
                    quotas.DayStarts = ctx.ReadText(value, path) ?? quotas.DayStarts;
                    break;
                case "nightStarts":
                    quotas.NightStarts = ctx.ReadText(value, path) ?? quotas.NightStarts;
                    break;
                case "windowSeconds":
                    quotas.WindowSeconds = ctx.ReadInt(value, path, "a number of seconds above 0") ?? quotas.WindowSeconds;
                    break;
                case "day":
                    ReadWindow(ctx, value, path, quotas.Day);
                    break;
                case "night":
                    ReadWindow(ctx, value, path, quotas.Night);
                    break;
            }
        }
    }

    private static void ReadWindow(ConfigReadContext ctx, YamlNode node, string path, QuotaWindow window)
    {
        foreach (var (key, value) in ctx.Entries(node, path, ConfigKeys.QuotaWindow))
        {
            var count = ctx.ReadInt(value, path + "." + key, "a number of calls above 0");
            if (key == "reads")
                window.Reads = count ?? window.Reads;
            else
                window.Writes = count ?? window.Writes;
        }
    }
}
