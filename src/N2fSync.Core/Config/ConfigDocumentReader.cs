using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>Maps the top-level keys of the document onto a config that already holds the defaults.</summary>
internal static class ConfigDocumentReader
{
    public static void Read(ConfigReadContext ctx, YamlNode root, N2fSyncConfig config)
    {
        foreach (var (key, value) in ctx.Entries(root, "", ConfigKeys.Root))
        {
            switch (key)
            {
                case "name":
                    config.Name = ctx.ReadText(value, key) ?? config.Name;
                    break;
                case "source":
                    SourceSectionReader.Read(ctx, value, config.Source);
                    break;
                case "n2f":
                    N2fSectionReader.Read(ctx, value, config.N2f);
                    break;
                case "store":
                    StoreSectionReader.ReadStore(ctx, value, config.Store);
                    break;
                case "cache":
                    StoreSectionReader.ReadCache(ctx, value, config.Cache);
                    break;
                case "logging":
                    StoreSectionReader.ReadLogging(ctx, value, config.Logging);
                    break;
                case "dataQuality":
                    DataQualitySectionReader.Read(ctx, value, config.DataQuality);
                    break;
                case "users":
                    UsersSectionReader.Read(ctx, value, config.Users);
                    break;
                case "axes":
                    AxesSectionReader.Read(ctx, value, config.Axes);
                    break;
                case "companies":
                    config.Companies = ctx.ReadList(value, key).Select(i => i.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                    break;
                case "quotas":
                    QuotasSectionReader.Read(ctx, value, config.Quotas);
                    break;
                case "safety":
                    SafetySectionReader.Read(ctx, value, config.Safety);
                    break;
            }
        }
    }
}
